using Svodka.Core.Entities;
using Svodka.Core.Text;

namespace Svodka.Core.Stories;

/// <summary>
/// What clustering knows of one article, as plain data that can be stored and read back: its stemmed
/// title and lead terms (weights before IDF, which <see cref="DocumentFrequencies"/> supplies at match
/// time), the entities the tagger found, the salient numbers and a MinHash signature of the text for
/// reprint detection. <see cref="Rubric"/> and <see cref="Topics"/> come from classification and only feed
/// the story's summary. Build with <see cref="From"/>; the same inputs always give the same features.
/// </summary>
public sealed record StoryFeatures
{
    /// <summary>A title word counts this many times a lead word: the headline says what the article is about.</summary>
    public const float TitleWeight = 2f;
    /// <summary>How much of the text <see cref="BodyNames"/> reads: the part of an article where it names its event.</summary>
    public const int BodyChars = 3000;

    public required string ArticleId { get; init; }
    /// <summary>ISO 639-1 code; stories never mix languages.</summary>
    public required string Language { get; init; }
    public required DateTimeOffset Published { get; init; }
    /// <summary>The outlet (site name or feed source id): a story counts outlets, not articles.</summary>
    public required string SourceId { get; init; }
    public required string Title { get; init; }
    public required string Lead { get; init; }
    /// <summary>Title and lead stems with sublinear frequency weights, sorted by term (ordinal).</summary>
    public required IReadOnlyList<TermWeight> Terms { get; init; }
    /// <summary>Distinct title stems, sorted (ordinal).</summary>
    public required IReadOnlyList<string> TitleTerms { get; init; }
    /// <summary>Distinct <see cref="NameTerms"/> of the title and lead, sorted (ordinal).</summary>
    public required IReadOnlyList<string> Names { get; init; }
    /// <summary>
    /// Distinct <see cref="NameTerms"/> of the text after the lead (its first <see cref="BodyChars"/> characters),
    /// sorted (ordinal). Headlines of one event often name different things («Воробьёв открыл в Красногорске
    /// больницу» / «Рядом с Москвой открылась больница»), and the other report names them further down.
    /// </summary>
    public IReadOnlyList<string> BodyNames { get; init; } = [];
    /// <summary>Title names written as acronyms («ЦБ», «МЧС»; <see cref="NameTerms.Acronyms"/>), sorted (ordinal).</summary>
    public IReadOnlyList<string> TitleAcronyms { get; init; } = [];
    /// <summary>Distinct <see cref="NameTerms"/> of the title («в Омске» → «омск»), sorted (ordinal).</summary>
    public required IReadOnlyList<string> TitleNames { get; init; }
    public required EntityTags Entities { get; init; }
    /// <summary>Distinct <see cref="SalientNumbers"/> keys of the title.</summary>
    public required IReadOnlyList<string> TitleNumbers { get; init; }
    /// <summary>Distinct <see cref="SalientNumbers.Quantities"/> of the title ("5|человек", "17|%").</summary>
    public required IReadOnlyList<string> TitleQuantities { get; init; }
    /// <summary>Distinct <see cref="SalientNumbers"/> keys of the title and lead.</summary>
    public required IReadOnlyList<string> Numbers { get; init; }
    /// <summary><see cref="ShingleSignature"/> of the text; empty when the text is too short to judge copies.</summary>
    public required uint[] Signature { get; init; }

    public string? Rubric { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <param name="text">The article text (or its description when the text is missing); only the lead is read for terms.</param>
    /// <param name="entities">The tagger's result on the title and lead, or null when the language has no gazetteer.</param>
    public static StoryFeatures From(string articleId, string title, string? text, string language,
        EntityTags? entities, DateTimeOffset published, string sourceId)
    {
        title = TextNormalizer.Normalize(title).Trim();
        var lead = LeadText.Of(text);
        var titleTerms = TextAnalyzer.Terms(title, language);
        var leadTerms = TextAnalyzer.Terms(lead, language);

        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var t in titleTerms) counts[t] = counts.GetValueOrDefault(t) + TitleWeight;
        foreach (var t in leadTerms) counts[t] = counts.GetValueOrDefault(t) + 1f;
        var terms = counts
            .Select(p => new TermWeight(p.Key, 1f + MathF.Log(p.Value)))
            .OrderBy(t => t.Term, StringComparer.Ordinal)
            .ToArray();

        var (names, titleNames) = NameTerms.Of(title, lead, language);
        var body = TextNormalizer.NormalizeHead(text, BodyChars);
        var bodyNames = body.Length <= lead.Length ? [] : NameTerms.Of(string.Empty, body, language).All;
        var titleNumbers = SalientNumbers.Of(title).Distinct().Order(StringComparer.Ordinal).ToArray();
        var numbers = titleNumbers.Concat(SalientNumbers.Of(lead)).Distinct().Order(StringComparer.Ordinal).ToArray();

        return new StoryFeatures
        {
            ArticleId = articleId,
            Language = language,
            Published = published.ToUniversalTime(),
            SourceId = sourceId,
            Title = title,
            Lead = lead,
            Terms = terms,
            TitleTerms = titleTerms.Distinct().Order(StringComparer.Ordinal).ToArray(),
            Names = names,
            TitleNames = titleNames,
            BodyNames = bodyNames,
            TitleAcronyms = NameTerms.Acronyms(title),
            Entities = entities ?? EntityTags.Empty,
            TitleNumbers = titleNumbers,
            TitleQuantities = SalientNumbers.Quantities(title).Distinct().Order(StringComparer.Ordinal).ToArray(),
            Numbers = numbers,
            Signature = ShingleSignature.Of(text),
        };
    }

    /// <summary>True when the title or lead has the stem as a term or as a name, or the text further on as a name.</summary>
    public bool Mentions(string stem) => Contains(Names, stem) || Terms.Count > 0 && ContainsTerm(stem) || Contains(BodyNames, stem);

    private bool ContainsTerm(string stem)
    {
        int lo = 0, hi = Terms.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var c = string.CompareOrdinal(Terms[mid].Term, stem);
            if (c == 0) return true;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return false;
    }

    /// <summary>True when the title writes the name stem as an acronym.</summary>
    public bool HasTitleAcronym(string stem) => Contains(TitleAcronyms, stem);

    private static bool Contains(IReadOnlyList<string> sorted, string term)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var c = string.CompareOrdinal(sorted[mid], term);
            if (c == 0) return true;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return false;
    }

    /// <summary>Entity keys («person:vladimir-putin», «region:moskva», «country:usa») with the tagger's confidence.</summary>
    public IEnumerable<(string Key, double Confidence)> EntityKeys()
    {
        foreach (var t in Entities.Persons) yield return ("person:" + t.Slug, t.Confidence);
        foreach (var t in Entities.Regions) yield return ("region:" + t.Slug, t.Confidence);
        foreach (var t in Entities.Countries) yield return ("country:" + t.Slug, t.Confidence);
    }
}
