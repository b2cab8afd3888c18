using System.Globalization;
using System.Xml;

namespace Svodka.Web.Feeds;

/// <summary>Atom 1.0 (RFC 4287): entries link to the site's article page and, as related, to the original.</summary>
public static class AtomFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static void Write(Stream output, FeedChannel feed)
    {
        using var xml = XmlWriter.Create(output, FeedXmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Ns);
        xml.WriteAttributeString("xml", "lang", null, feed.Language);
        xml.WriteElementString("id", Ns, feed.SelfUrl);
        Text(xml, "title", feed.Title);
        Text(xml, "subtitle", feed.Description);
        xml.WriteElementString("updated", Ns, Date(feed.Updated));
        Link(xml, "self", feed.SelfUrl, "application/atom+xml");
        Link(xml, "alternate", feed.PageUrl, "text/html");
        xml.WriteStartElement("author", Ns);
        xml.WriteElementString("name", Ns, FeedXmlText.Clean(feed.Publisher));
        xml.WriteEndElement();
        xml.WriteElementString("generator", Ns, "Svodka");
        xml.WriteElementString("logo", Ns, feed.LogoUrl);
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("entry", Ns);
            xml.WriteElementString("id", Ns, entry.Url);
            Text(xml, "title", entry.Title);
            xml.WriteElementString("published", Ns, Date(entry.Published));
            xml.WriteElementString("updated", Ns, Date(entry.Updated));
            Link(xml, "alternate", entry.Url, "text/html");
            if (entry.OriginalUrl != entry.Url) Link(xml, "related", entry.OriginalUrl, "text/html");
            if (entry.Source is { } source)
            {
                xml.WriteStartElement("author", Ns);
                xml.WriteElementString("name", Ns, FeedXmlText.Clean(source));
                xml.WriteEndElement();
            }
            foreach (var category in entry.Categories)
            {
                xml.WriteStartElement("category", Ns);
                xml.WriteAttributeString("term", FeedXmlText.Clean(category));
                xml.WriteEndElement();
            }
            Text(xml, "summary", entry.Summary);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Text(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, Ns);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(FeedXmlText.Clean(text));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>RFC 3339 in UTC.</summary>
    private static string Date(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
