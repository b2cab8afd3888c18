using Svodka.Core.Classify;
using Svodka.Core.Entities;
using Svodka.Core.Language;
using Svodka.Core.Model;
using Svodka.Core.Topics;

namespace Svodka.Core.Understanding;

/// <summary>
/// The understanding stage as one call: language, news or not, rubric, topics, regions, countries
/// and persons. Every collected article goes through it once; `svodka reanalyse` runs it again after
/// a model or gazetteer change. Thread-safe.
/// </summary>
public sealed class ArticleAnalyzer(LanguageDetector languages, ArticleClassifier classifier, EntityTagger entities, TopicMatcher topics)
{
    // The classifier and topic cues read the beginning of an article; entity tagging reads more,
    // since the people and places of a story can first appear further down.
    private const int ClassifyChars = 4000;
    private const int EntityChars = 12_000;

    /// <param name="url">Where the article lives, when known: a publisher's section in it (/sport/, /economy/) is evidence of the rubric.</param>
    public ArticleAnalysis Analyse(string title, string? text, string? url = null)
    {
        var language = languages.Detect(title, Head(text, 2000));
        var lang = language.Code;
        var head = Head(text, ClassifyChars);
        var classified = classifier.Classify(title, head, lang, url);

        var tags = new List<ArticleTag>();
        foreach (var topic in topics.Match(title, head, lang))
            tags.Add(new ArticleTag(TagKind.Topic, topic.Slug, topic.NameRu, topic.Confidence));
        var found = entities.Tag(title, Head(text, EntityChars));
        tags.AddRange(found.Regions.Select(t => new ArticleTag(TagKind.Region, t.Slug, t.Name, t.Confidence)));
        tags.AddRange(found.Countries.Select(t => new ArticleTag(TagKind.Country, t.Slug, t.Name, t.Confidence)));
        tags.AddRange(found.Persons.Select(t => new ArticleTag(TagKind.Person, t.Slug, t.Name, t.Confidence)));

        return new ArticleAnalysis
        {
            Language = lang,
            LanguageConfidence = language.Confidence,
            IsNews = classified.IsNews,
            NewsConfidence = classified.NewsConfidence,
            NotNewsRule = classified.NotNewsRule,
            Rubric = classified.Rubric,
            RubricConfidence = classified.RubricConfidence,
            Tags = tags,
        };
    }

    private static string? Head(string? text, int chars) =>
        text is null || text.Length <= chars ? text : text[..chars];
}
