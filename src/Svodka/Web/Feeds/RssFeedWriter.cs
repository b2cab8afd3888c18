using System.Globalization;
using System.Xml;

namespace Svodka.Web.Feeds;

/// <summary>RSS 2.0 (with atom:link rel=self and dc:creator for the outlet), written with XmlWriter so every text is escaped.</summary>
public static class RssFeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static void Write(Stream output, FeedChannel feed)
    {
        using var xml = XmlWriter.Create(output, FeedXmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
        xml.WriteAttributeString("xmlns", "dc", null, DcNs);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", FeedXmlText.Clean(feed.Title));
        xml.WriteElementString("link", feed.PageUrl);
        xml.WriteElementString("description", System.Net.WebUtility.HtmlEncode(FeedXmlText.Clean(feed.Description)));
        xml.WriteElementString("language", feed.Language);
        xml.WriteElementString("lastBuildDate", Date(feed.Updated));
        xml.WriteElementString("generator", "Svodka");
        xml.WriteStartElement("atom", "link", AtomNs);
        xml.WriteAttributeString("href", feed.SelfUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        xml.WriteStartElement("image");
        xml.WriteElementString("url", feed.LogoUrl);
        xml.WriteElementString("title", FeedXmlText.Clean(feed.Title));
        xml.WriteElementString("link", feed.PageUrl);
        xml.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("title", FeedXmlText.Clean(entry.Title));
            xml.WriteElementString("link", entry.Url);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(entry.Url);
            xml.WriteEndElement();
            // RSS readers take a description as HTML: plain text is encoded once for HTML (so a "<script>" an
            // outlet or a reader wrote shows as text) and once more, by the writer, for XML. The channel's too.
            xml.WriteElementString("description", System.Net.WebUtility.HtmlEncode(FeedXmlText.Clean(entry.Summary)));
            xml.WriteElementString("pubDate", Date(entry.Published));
            if (entry.Source is { } source) xml.WriteElementString("dc", "creator", DcNs, FeedXmlText.Clean(source));
            foreach (var category in entry.Categories) xml.WriteElementString("category", FeedXmlText.Clean(category));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>RFC 822 dates as RSS 2.0 wants them, in GMT with English day and month names.</summary>
    private static string Date(DateTimeOffset time) => time.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
}
