namespace Svodka.Demo;

/// <summary>
/// The demo site at one instant: where it is served and what "now" is. Every address and every date a feed
/// or page shows comes from here, so that feeds and pages agree with each other.
/// </summary>
internal sealed record RenderContext(Uri BaseUrl, DateTimeOffset Now)
{
    /// <summary>
    /// Rendering time is "now" floored to this step, so a feed's bytes, and its ETag, stay the same between
    /// polls a few minutes apart instead of changing every second.
    /// </summary>
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    public static RenderContext At(Uri baseUrl, DateTimeOffset now) =>
        new(baseUrl, new DateTimeOffset(now.UtcTicks - now.UtcTicks % Step.Ticks, TimeSpan.Zero));

    public Uri OutletUrl(DemoOutlet outlet) => new(BaseUrl, outlet.Id + "/");
    public Uri FeedUrl(DemoOutlet outlet) => new(BaseUrl, $"{outlet.Id}/{outlet.Feed.Path}");
    public Uri ArticleUrl(DemoOutlet outlet, DemoArticle article) => new(BaseUrl, $"{outlet.Id}/{ArticlePath(article)}");

    /// <summary>The article's path relative to its outlet's folder (what relative Atom links use).</summary>
    public static string ArticlePath(DemoArticle article) => $"news/{article.Slug}.html";

    /// <summary>When the article was published, in the outlet's own UTC offset.</summary>
    public DateTimeOffset Published(DemoOutlet outlet, DemoArticle article) => (Now - article.Age).ToOffset(outlet.UtcOffset);

    /// <summary>The outlet's own local "now", for channel-level dates.</summary>
    public DateTimeOffset LocalNow(DemoOutlet outlet) => Now.ToOffset(outlet.UtcOffset);
}
