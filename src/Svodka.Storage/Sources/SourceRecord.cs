using Svodka.Storage.Entities;

namespace Svodka.Storage.Sources;

public sealed record SourceRecord(
    long Id,
    string? Title,
    string FeedUrl,
    string? SiteUrl,
    string? Category,
    bool Enabled,
    SourceStatus Status,
    string? LastError,
    DateTimeOffset? LastFetchedAt,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? NextFetchAt,
    string? ETag,
    string? LastModified,
    int ConsecutiveFailures,
    long ItemsTotal,
    FetchPolicy FetchPolicy,
    DateTimeOffset CreatedAt,
    double Authority = 1.0)
{
    /// <summary>The title, or the feed URL while the source has none.</summary>
    public string DisplayName => Title ?? FeedUrl;

    internal static SourceRecord From(Source s) => new(
        s.Id, s.Title, s.FeedUrl, s.SiteUrl, s.Category, s.Enabled, s.Status, s.LastError,
        s.LastFetchedAt, s.LastSuccessAt, s.NextFetchAt, s.ETag, s.LastModified, s.ConsecutiveFailures,
        s.ItemsTotal, s.FetchPolicy, s.CreatedAt, s.Authority);
}
