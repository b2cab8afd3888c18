namespace Svodka.Storage.Sources;

/// <summary>A feed to add: from the CLI, an OPML import or the admin page.</summary>
public sealed record NewSource(
    string FeedUrl,
    string? Title = null,
    string? SiteUrl = null,
    string? Category = null,
    FetchPolicy FetchPolicy = FetchPolicy.WhenShort);
