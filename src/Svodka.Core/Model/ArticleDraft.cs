namespace Svodka.Core.Model;

/// <summary>
/// One article as collection produced it, before storage: what the feed (and later the page) said,
/// with the keys de-duplication needs already computed. Storage turns it into a stored article or
/// links it to the one it duplicates.
/// </summary>
public sealed record ArticleDraft
{
    /// <summary>The feed's own id for the item (guid / id), when it has one.</summary>
    public string? ItemId { get; init; }
    public required string Url { get; init; }
    /// <summary><see cref="Urls.CanonicalUrl"/> of <see cref="Url"/> or of the page's canonical link.</summary>
    public required string CanonicalUrl { get; init; }
    public required string Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; init; }
    /// <summary>Plain-text summary (teaser) as the feed gives it.</summary>
    public string? Summary { get; init; }
    /// <summary>Article body as HTML, sanitised before it is stored.</summary>
    public string? ContentHtml { get; init; }
    /// <summary>Plain text of the body with paragraph breaks ("\n\n").</summary>
    public string? Text { get; init; }
    /// <summary>Language as declared by the feed or page (BCP 47, lower case), not detected.</summary>
    public string? Language { get; init; }
    public string? ImageUrl { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>What the understanding stage found; null until the article is analysed.</summary>
    public ArticleAnalysis? Analysis { get; init; }
    /// <summary>Why the article page could not be fetched or read, when that was tried and failed; the feed's text stands.</summary>
    public string? PageError { get; init; }
    /// <summary><see cref="Dedup.ContentHash"/> of title and text: equal for the same article under two URLs.</summary>
    public required string ContentHash { get; init; }
}
