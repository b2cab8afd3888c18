using Svodka.Core.Entities;
using Svodka.Core.Language;

namespace Svodka.Core.Stories;

/// <summary>
/// Article text to <see cref="StoryFeatures"/>, the way every caller needs it: the language detected when
/// not given, entities tagged on the title and lead (the gazetteer knows Russian forms, so Russian only).
/// Thread-safe: run it over many articles in parallel and add the results to a clusterer from one thread.
/// </summary>
public sealed class StoryFeaturizer(LanguageDetector? detector = null, EntityTagger? tagger = null)
{
    /// <summary>Languages the entity gazetteer has word forms for.</summary>
    public static IReadOnlyList<string> EntityLanguages { get; } = ["ru"];

    public StoryFeatures Featurize(string articleId, string title, string? text, DateTimeOffset published, string sourceId, string? language = null)
    {
        language ??= detector?.Detect(title, text).Code
            ?? throw new InvalidOperationException("No language given and no LanguageDetector to find it.");
        EntityTags? entities = null;
        if (tagger is not null && EntityLanguages.Contains(language))
            entities = tagger.Tag(title, LeadText.Of(text));
        return StoryFeatures.From(articleId, title, text, language, entities, published, sourceId);
    }
}
