namespace Svodka.Storage.Articles;

/// <summary>How one fetch of a source went: written to the fetch log and to the source.</summary>
/// <param name="NextFetchAt">When the scheduler wants the source fetched again.</param>
/// <param name="FeedTitle">The feed's own title; becomes the source's title while it has none.</param>
/// <param name="FeedSiteUrl">The feed's site link; becomes the source's site URL while it has none.</param>
public sealed record FetchOutcome(
    DateTimeOffset StartedAt,
    int? HttpStatus,
    TimeSpan Duration,
    long Bytes,
    string? Error,
    string? ETag,
    string? LastModified,
    DateTimeOffset NextFetchAt,
    string? FeedTitle = null,
    string? FeedSiteUrl = null);
