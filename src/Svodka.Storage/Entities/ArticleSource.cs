namespace Svodka.Storage.Entities;

/// <summary>A source carried an article: one row per (article, source), however often it was seen.</summary>
public sealed class ArticleSource
{
    public long ArticleId { get; set; }
    public long SourceId { get; set; }
    /// <summary>The feed's id for the item (guid / id); unique per source where present.</summary>
    public string? ItemId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }

    public Article? Article { get; set; }
    public Source? Source { get; set; }
}
