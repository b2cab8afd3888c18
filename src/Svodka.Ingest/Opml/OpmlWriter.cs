using System.Globalization;
using System.Xml;
using Svodka.Ingest.Feeds.Xml;

namespace Svodka.Ingest.Opml;

/// <summary>Writes subscriptions as OPML 2.0: feeds without a category first, then one folder outline per category.</summary>
public static class OpmlWriter
{
    public static void Write(TextWriter writer, string title, IEnumerable<OpmlOutline> outlines)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(outlines);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", OmitXmlDeclaration = false, CloseOutput = false };
        using var xml = XmlWriter.Create(writer, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("opml");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("head");
        xml.WriteElementString("title", XmlSafe(title));
        xml.WriteElementString("dateCreated", DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        // Categories in the order they first appear, so a round trip keeps the operator's order.
        foreach (var group in outlines.GroupBy(o => string.IsNullOrWhiteSpace(o.Category) ? null : o.Category.Trim()).OrderBy(g => g.Key is not null))
        {
            if (group.Key is not null)
            {
                xml.WriteStartElement("outline");
                xml.WriteAttributeString("text", XmlSafe(group.Key));
                xml.WriteAttributeString("title", XmlSafe(group.Key));
            }
            foreach (var outline in group) WriteFeed(xml, outline);
            if (group.Key is not null) xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteFeed(XmlWriter xml, OpmlOutline outline)
    {
        xml.WriteStartElement("outline");
        xml.WriteAttributeString("type", "rss");
        // OPML requires text; a feed without a title is known by its address.
        xml.WriteAttributeString("text", XmlSafe(outline.Title ?? outline.XmlUrl));
        if (outline.Title is not null) xml.WriteAttributeString("title", XmlSafe(outline.Title));
        xml.WriteAttributeString("xmlUrl", XmlSafe(outline.XmlUrl));
        if (outline.HtmlUrl is not null) xml.WriteAttributeString("htmlUrl", XmlSafe(outline.HtmlUrl));
        xml.WriteEndElement();
    }

    // Titles come from feeds and operators: a control character in one must not make the whole export fail.
    private static string XmlSafe(string value)
    {
        foreach (var c in value)
            if (!IsAllowed(c)) return string.Concat(value.Where(IsAllowed));
        return value;
    }

    private static bool IsAllowed(char c) => XmlCharacters.IsXmlChar(c) || char.IsSurrogate(c);
}
