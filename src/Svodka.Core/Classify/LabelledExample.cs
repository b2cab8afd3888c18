namespace Svodka.Core.Classify;

/// <summary>
/// One article with a label to learn from. <see cref="Label"/> is one of <see cref="Rubrics.All"/>, or
/// <see cref="Rubrics.News"/> when the source says only that the text is news. <see cref="Origin"/> names the
/// source of the label (see <see cref="LabelOrigins"/>), so training can weigh sources and reports can
/// tell how each moved the accuracy.
/// </summary>
public sealed record LabelledExample(string Title, string Text, string Language, string Label, string Origin)
{
    /// <summary>Where the article lives, when the source says; used to keep held-out articles out of training.</summary>
    public string? Url { get; init; }
}

/// <summary>The sources of labels, in the order the ablation adds them.</summary>
public static class LabelOrigins
{
    /// <summary>tgcontest-toloka *_cat_training.tsv: crowd labels of the contest taxonomy.</summary>
    public const string Toloka = "toloka";
    /// <summary>tgcontest-extra/categories_v0.tsv: the contest entry's early category markup (title and text as one string).</summary>
    public const string TgcontestExtra = "tgcontest-extra";
    /// <summary>tgcontest-extra/ru_news_detect_v0.tsv: the contest entry's Russian headlines marked news / not news.</summary>
    public const string TgcontestHeadlines = "tgcontest-headlines";
    /// <summary>ria-topics-partial: RIA Novosti's own rubrics, mapped (see <see cref="Sources.RiaTopics"/>).</summary>
    public const string Ria = "ria";
    /// <summary>tgnews-round1-sample: the publisher's URL section as a weak label (see <see cref="Sources.TgnewsWeakLabels"/>).</summary>
    public const string TgnewsUrl = "tgnews-url";
    /// <summary>training/labelled/*.tsv: examples written for Svodka.</summary>
    public const string Own = "own";

    public static IReadOnlyList<string> All { get; } = [Toloka, TgcontestExtra, TgcontestHeadlines, Ria, TgnewsUrl, Own];
}
