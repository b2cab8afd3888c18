namespace Svodka.Demo;

/// <summary>An invented outlet of the demo: who it is, and how its feed is published (format, encoding, breakage).</summary>
public sealed record DemoOutlet
{
    /// <summary>Short id, also the first segment of every path the demo server serves for this outlet.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>The invented domain under .example, shown on the outlet's pages only (links stay on the demo server).</summary>
    public required string Domain { get; init; }
    /// <summary>BCP 47 language of everything the outlet publishes ("ru", "en").</summary>
    public required string Language { get; init; }
    /// <summary>What kind of source this is for the portal ("Москва", "Крым", "Музыка", "English", …).</summary>
    public required string Category { get; init; }
    public required string Description { get; init; }
    /// <summary>How the outlet's article pages mark the article up, as CMSs differ.</summary>
    public DemoArticleMarkup ArticleMarkup { get; init; }
    /// <summary>The outlet's local UTC offset: its feed dates and page times are written in it.</summary>
    public TimeSpan UtcOffset { get; init; }
    public required DemoFeedSettings Feed { get; init; }
}

/// <summary>How an outlet's feed looks on the wire.</summary>
public sealed record DemoFeedSettings
{
    public required DemoFeedFormat Format { get; init; }
    /// <summary>Path of the feed under the outlet's folder, e.g. "rss.xml".</summary>
    public required string Path { get; init; }
    /// <summary>Web name of the encoding the feed and pages are written in ("utf-8", "windows-1251", "koi8-r").</summary>
    public required string Encoding { get; init; }
    /// <summary>The Content-Type media type the server answers the feed with, e.g. "application/rss+xml" or plain "text/xml".</summary>
    public required string MediaType { get; init; }
    /// <summary>Whether the Content-Type header names the charset.</summary>
    public required bool CharsetInHeader { get; init; }
    /// <summary>Whether the XML prolog names the encoding.</summary>
    public required bool CharsetInProlog { get; init; }
    public required DemoFullText FullText { get; init; }
    /// <summary>Atom only: the feed sets xml:base and writes its links relative to it.</summary>
    public bool XmlBase { get; init; }
    public DemoFeedBreakage Breakage { get; init; }
}

/// <summary><see cref="ArticleElement"/>: the article inside &lt;article&gt;; <see cref="ItempropOnly"/>: only a div with itemprop="articleBody".</summary>
public enum DemoArticleMarkup { ArticleElement, ItempropOnly }

public enum DemoFeedFormat { Rss20, Rss091, Rdf, Atom10, Atom03, JsonFeed11 }

/// <summary>Where the article's full text travels in the feed; <see cref="None"/> means a one-sentence teaser, full text on the page only.</summary>
public enum DemoFullText { None, Description, ContentEncoded, YandexFullText, Content }

/// <summary>A controlled way the feed is broken, so the collector's error paths have something to do.</summary>
public enum DemoFeedBreakage { None, HtmlInsteadOfFeed, TruncatedMidItem, ServerError, NbspAndControlCharacters }
