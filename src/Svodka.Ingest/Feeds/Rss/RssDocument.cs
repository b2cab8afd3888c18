using Svodka.Ingest.Feeds.Media;

namespace Svodka.Ingest.Feeds.Rss;

/// <summary>An RSS 0.9x/2.0 or RSS 1.0 (RDF) channel, field for field as the feed wrote it.</summary>
internal sealed class RssChannel
{
    public string? Title { get; set; }
    public string? DcTitle { get; set; }
    public string? Link { get; set; }
    public string? AtomAlternateLink { get; set; }
    public string? Language { get; set; }
    public string? DcLanguage { get; set; }
    public Uri? Base { get; set; }
    public List<RssItem> Items { get; } = [];
}

/// <summary>One RSS item with the extension elements Russian and podcast feeds add to it.</summary>
internal sealed class RssItem
{
    public Uri? Base { get; set; }
    public string? Title { get; set; }
    public string? DcTitle { get; set; }
    public List<string> Links { get; } = [];
    public string? AtomAlternateLink { get; set; }
    public string? Guid { get; set; }
    public bool GuidIsPermaLink { get; set; } = true;
    /// <summary>rdf:about, an RSS 1.0 item's identity.</summary>
    public string? About { get; set; }
    public string? Description { get; set; }
    public string? DcDescription { get; set; }
    public string? ItunesSummary { get; set; }
    public string? ContentEncoded { get; set; }
    public string? YandexFullText { get; set; }
    public string? RamblerFullText { get; set; }
    public string? TurboContent { get; set; }
    public string? AtomContent { get; set; }
    public string? PubDate { get; set; }
    public string? DcDate { get; set; }
    public string? AtomPublished { get; set; }
    public string? AtomUpdated { get; set; }
    public string? Author { get; set; }
    public string? DcCreator { get; set; }
    public string? ItunesAuthor { get; set; }
    public string? AtomAuthor { get; set; }
    public List<string> Categories { get; } = [];
    public List<RssEnclosure> Enclosures { get; } = [];
    public List<MediaObject> Media { get; } = [];
    public string? ItunesImage { get; set; }
}

internal sealed record RssEnclosure(string Url, string? Type, string? Length);
