namespace Svodka.Web.Feeds;

/// <summary>A feed Svodka publishes: one of its listings (home, rubric, region, story, search…) as articles, newest first.</summary>
/// <param name="PageUrl">The listing's page (absolute).</param>
/// <param name="SelfUrl">The feed's own URL in the format being written (absolute).</param>
public sealed record FeedChannel(string Title, string Description, string PageUrl, string SelfUrl, string Language,
    DateTimeOffset Updated, string Publisher, string LogoUrl, IReadOnlyList<FeedEntry> Entries);

/// <param name="Url">The article's page on the site (absolute); also the entry's id.</param>
/// <param name="OriginalUrl">The article at its outlet.</param>
/// <param name="Summary">Plain text, a few sentences.</param>
public sealed record FeedEntry(string Url, string OriginalUrl, string Title, string Summary, DateTimeOffset Published,
    DateTimeOffset Updated, string? Source, IReadOnlyList<string> Categories, string? ImageUrl, string Language);
