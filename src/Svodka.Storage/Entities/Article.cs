namespace Svodka.Storage.Entities;

/// <summary>One stored article: found once, however many feeds carried it.</summary>
public sealed class Article
{
    public long Id { get; set; }
    public required string CanonicalUrl { get; set; }
    public required string Url { get; set; }
    public required string Title { get; set; }
    /// <summary>
    /// <see cref="Submissions.TitleKey.Hash"/> of the title: readers' items are checked against stored headlines
    /// through its index. Empty when the title folds to nothing; null only on a row stored before the column
    /// existed, until <see cref="Articles.TitleHashBackfill"/> fills it.
    /// </summary>
    public string? TitleHash { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
    /// <summary>
    /// The time lists sort by: published, or fetched when the feed gave no date or dated the item in
    /// the future (an item stamped next year must not sit on top of the front page for a year).
    /// </summary>
    public DateTimeOffset ListedAt { get; set; }
    public string? Author { get; set; }
    public string? Summary { get; set; }
    public string? ContentHtml { get; set; }
    public string? Text { get; set; }
    /// <summary>As declared by the feed or page, not detected.</summary>
    public string? Language { get; set; }
    public string? ImageUrl { get; set; }
    public List<string> Categories { get; set; } = [];
    public required string ContentHash { get; set; }
    /// <summary>Host of the canonical URL and content hash; unique, so one site's article under two URLs is one row.
    /// Null when the body is too short for the hash to tell articles apart.</summary>
    public string? SiteContentKey { get; set; }

    /// <summary>Why fetching or reading the article's page failed, when it was tried; the feed's text stands.</summary>
    public string? PageError { get; set; }

    // What the understanding stage found (null until analysed); tags are in ArticleTagRow.
    public DateTimeOffset? AnalysedAt { get; set; }
    public string? DetectedLanguage { get; set; }
    public double? LanguageConfidence { get; set; }
    public bool? IsNews { get; set; }
    public double? NewsConfidence { get; set; }
    public string? NotNewsRule { get; set; }
    public string? Rubric { get; set; }
    public double? RubricConfidence { get; set; }

    public List<ArticleTagRow> Tags { get; set; } = [];

    // The story the article belongs to (null until the story worker has seen it, and for non-news).
    public long? StoryId { get; set; }
    public double? StoryRelevance { get; set; }
    /// <summary>A near-identical copy of another outlet's article (a wire story reprinted).</summary>
    public bool IsReprint { get; set; }
    /// <summary>When the story worker handled the article (null: still to do). Non-news is handled without a story.</summary>
    public DateTimeOffset? ClusteredAt { get; set; }

    public List<ArticleSource> Sources { get; set; } = [];
}
