namespace Svodka.Core.Classify.Training;

/// <summary>
/// The inputs `svodka train` found: one reader per file (the caller opens what exists and leaves out the rest).
/// Readers are consumed once and not disposed here.
/// </summary>
public sealed class TrainingSources
{
    /// <summary>tgcontest-toloka *_cat_training.tsv with their language (never the *_exam files).</summary>
    public List<(TextReader Reader, string Language)> TolokaCategories { get; } = [];
    /// <summary>tgcontest-extra/categories_v0.tsv.</summary>
    public List<TextReader> TgcontestExtraCategories { get; } = [];
    /// <summary>tgcontest-extra/ru_news_detect_v0.tsv.</summary>
    public List<TextReader> TgcontestExtraNewsDetect { get; } = [];
    /// <summary>ria-topics-partial/ria_news_topics_*.csv.</summary>
    public List<TextReader> RiaTopics { get; } = [];
    /// <summary>The HTML of tgnews-round1-sample pages, produced lazily (there are thousands).</summary>
    public IEnumerable<string> TgnewsPages { get; set; } = [];
    /// <summary>Language of (title, text) for the tgnews pages, which do not declare it.</summary>
    public Func<string, string, string>? DetectLanguage { get; set; }
    /// <summary>training/labelled/*.tsv.</summary>
    public List<TextReader> Own { get; } = [];
    /// <summary>
    /// Articles that must not be learned from (the exam files): any example with the same URL or the same
    /// title is dropped, so that measuring on them stays honest even where sources overlap.
    /// </summary>
    public List<LabelledExample> HoldOut { get; } = [];
    /// <summary>What the caller skipped and why ("../shared/data/ria-topics-partial is absent"), carried into the notes.</summary>
    public List<string> Notes { get; } = [];
}
