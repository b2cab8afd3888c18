namespace Svodka.Ingest.Feeds.JsonFeed;

/// <summary>A JSON Feed 1.0/1.1 document, with the fields this project reads.</summary>
internal sealed class JsonFeedDocument
{
    public string? Version { get; set; }
    public string? Title { get; set; }
    public string? HomePageUrl { get; set; }
    public string? FeedUrl { get; set; }
    public string? Language { get; set; }
    public List<string> Authors { get; } = [];
    public List<JsonFeedItem> Items { get; } = [];
}

internal sealed class JsonFeedItem
{
    public string? Id { get; set; }
    public string? Url { get; set; }
    public string? ExternalUrl { get; set; }
    public string? Title { get; set; }
    public string? ContentHtml { get; set; }
    public string? ContentText { get; set; }
    public string? Summary { get; set; }
    public string? Image { get; set; }
    public string? BannerImage { get; set; }
    public string? DatePublished { get; set; }
    public string? DateModified { get; set; }
    /// <summary>1.1's authors, or 1.0's single author.</summary>
    public List<string> Authors { get; } = [];
    public List<string> Tags { get; } = [];
    public List<JsonFeedAttachment> Attachments { get; } = [];
}

internal sealed record JsonFeedAttachment(string Url, string? MimeType, long? SizeInBytes);
