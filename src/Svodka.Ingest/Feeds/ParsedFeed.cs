namespace Svodka.Ingest.Feeds;

/// <summary>The one model every feed format (RSS, RDF, Atom, JSON Feed) is adapted to.</summary>
public sealed record ParsedFeed
{
    public required FeedFormat Format { get; init; }
    public string? Title { get; init; }
    /// <summary>The site's home page (absolute).</summary>
    public string? Link { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<ParsedItem> Items { get; init; } = [];
}

public sealed record ParsedItem
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    /// <summary>Absolute link to the article page.</summary>
    public string? Link { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>The short description as given (may be HTML).</summary>
    public string? Summary { get; init; }
    /// <summary>The full content as HTML (content:encoded, atom:content, yandex:full-text, content_html).</summary>
    public string? ContentHtml { get; init; }
    public IReadOnlyList<FeedEnclosure> Enclosures { get; init; } = [];
    /// <summary>A lead image from media:content / media:thumbnail / an image enclosure / JSON Feed image.</summary>
    public string? ImageUrl { get; init; }
}

public sealed record FeedEnclosure(string Url, string? Type, long? Length);

public enum FeedFormat { Rss, Rdf, Atom, JsonFeed }
