using Svodka.Ingest.Feeds.Atom;
using Svodka.Ingest.Feeds.JsonFeed;
using Svodka.Ingest.Feeds.Rdf;
using Svodka.Ingest.Feeds.Rss;
using Svodka.Ingest.Feeds.Xml;

namespace Svodka.Ingest.Feeds;

/// <summary>
/// Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed 1.0/1.1 into <see cref="ParsedFeed"/>,
/// whatever the bytes' encoding and however broken the XML. DTDs are never processed.
/// </summary>
public static class FeedParser
{
    /// <summary>Larger than any real feed; the fetcher caps bodies well below this.</summary>
    public const int MaxBodyBytes = 128 * 1024 * 1024;

    /// <summary>Parses a fetched body. Truncated XML keeps the items that were complete before the break.</summary>
    /// <param name="feedUrl">Where the feed was fetched from: relative links resolve against it (after xml:base).</param>
    /// <param name="contentType">The HTTP Content-Type, for its charset.</param>
    /// <exception cref="FeedParseException">Not a feed, or nothing readable in it.</exception>
    public static ParsedFeed Parse(byte[] body, Uri? feedUrl = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length > MaxBodyBytes)
            throw new FeedParseException($"refused: the document is {body.Length / (1024 * 1024)} MB, more than a feed can be");
        var text = FeedEncoding.Decode(body, contentType);
        return DocumentSniffer.Sniff(text) switch
        {
            DocumentKind.Empty => throw new FeedParseException("not a feed: the document is empty"),
            DocumentKind.Html => throw new FeedParseException("not a feed: the document is an HTML page"),
            DocumentKind.Json => JsonFeedAdapter.ToParsedFeed(JsonFeedParser.Parse(text), feedUrl),
            DocumentKind.Xml => ParseXml(text, feedUrl),
            _ => throw new FeedParseException("not a feed: the document is neither XML nor JSON"),
        };
    }

    private static ParsedFeed ParseXml(string text, Uri? feedUrl)
    {
        var xml = XmlRepair.Repair(text);
        if (xml.DeclaredEntity is { } entity)
            throw new FeedParseException($"refused: the document declares the XML entity '{entity}' in a DTD, and entities are never expanded");
        if (xml.TooDeep) throw new FeedParseException($"refused: the document nests elements more than {XmlRepair.MaxDepth} levels deep");

        using var reader = FeedXmlReader.Open(xml, feedUrl);
        if (reader.Break is { } broken) throw new FeedParseException(broken.ToString());
        var root = reader.RootName;
        var feed = root.LocalName switch
        {
            "rss" => RssAdapter.ToParsedFeed(RssParser.Parse(reader), FeedFormat.Rss),
            "RDF" => RssAdapter.ToParsedFeed(RdfParser.Parse(reader), FeedFormat.Rdf),
            "feed" => AtomAdapter.ToParsedFeed(AtomParser.Parse(reader)),
            "html" => throw new FeedParseException("not a feed: the document is an HTML page"),
            _ => throw new FeedParseException($"not a feed: the root element is <{root.LocalName}>, not rss, rdf:RDF or feed"),
        };
        // Lenient on a break after complete items (a truncated download): they are real news. A break before any
        // item leaves nothing to trust.
        if (reader.Break is { } truncated && feed.Items.Count == 0) throw new FeedParseException(truncated.ToString());
        return feed;
    }
}
