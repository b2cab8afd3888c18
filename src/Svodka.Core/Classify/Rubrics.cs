namespace Svodka.Core.Classify;

/// <summary>
/// The rubric taxonomy of the Telegram Data Clustering Contest (tgcontest-toloka): seven rubrics for news and
/// <see cref="NotNews"/> for everything that is not. Labels from other sources are mapped onto these names.
/// </summary>
public static class Rubrics
{
    public const string Society = "society";
    public const string Economy = "economy";
    public const string Technology = "technology";
    public const string Sports = "sports";
    public const string Entertainment = "entertainment";
    public const string Science = "science";
    public const string Other = "other";
    public const string NotNews = "not_news";

    /// <summary>
    /// A training label that says only "this is news": headline sets marked news / not news carry no rubric,
    /// so their news rows teach the news model and not the rubric model.
    /// </summary>
    public const string News = "news";

    /// <summary>The seven rubrics a news article can have.</summary>
    public static IReadOnlyList<string> NewsRubrics { get; } = [Society, Economy, Technology, Sports, Entertainment, Science, Other];

    /// <summary>The rubrics a reader or a site's menu picks from: the news rubrics but "other".</summary>
    public static IReadOnlyList<string> Named { get; } = [Society, Economy, Technology, Sports, Entertainment, Science];

    /// <summary>The eight labels an evaluation compares: the seven rubrics and not_news.</summary>
    public static IReadOnlyList<string> All { get; } = [.. NewsRubrics, NotNews];

    /// <summary>
    /// The taxonomy's name for a label as a source spells it (case, "sport" for "sports", "not news"), or null
    /// when the label is not one of the eight.
    /// </summary>
    public static string? Canonical(string? label)
    {
        var l = label?.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return l switch
        {
            "sport" => Sports,
            "notnews" or "not_news" => NotNews,
            "tech" => Technology,
            _ when l is not null && All.Contains(l) => l,
            _ => null,
        };
    }

    public static bool IsNewsRubric(string label) => NewsRubrics.Contains(label);
}
