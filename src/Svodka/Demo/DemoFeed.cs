namespace Svodka.Demo;

/// <summary>One feed the demo server publishes: what the host adds as a source.</summary>
public sealed record DemoFeed(string Title, Uri FeedUrl, Uri SiteUrl, string Category);
