using System.Text;
using System.Xml;

namespace Svodka.Demo.Feeds;

/// <summary>
/// What the XML feed writers share: an XmlWriter into a string (so the prolog and encoding are decided
/// afterwards, per outlet) and the choice between CDATA and escaped HTML.
/// </summary>
internal static class XmlFeedWriting
{
    public static string Write(Action<XmlWriter> write)
    {
        var sb = new StringBuilder();
        using (var writer = XmlWriter.Create(sb, new XmlWriterSettings
               {
                   OmitXmlDeclaration = true,
                   Indent = true,
                   IndentChars = "  ",
                   NewLineChars = "\n",
               }))
        {
            write(writer);
        }
        return sb.ToString();
    }

    /// <summary>
    /// HTML inside an element: CDATA where the feed is UTF-8 and meant to be well-formed, as many CMSs write it;
    /// escaped text elsewhere, because characters outside a single-byte charset become character references,
    /// which mean nothing inside CDATA, and because the entity-breakage feed needs its text outside CDATA.
    /// </summary>
    public static void WriteHtml(XmlWriter writer, string prefix, string localName, string? ns, string html, DemoOutlet outlet)
    {
        if (prefix.Length > 0) writer.WriteStartElement(prefix, localName, ns);
        else writer.WriteStartElement(localName, ns);
        if (UsesCData(outlet)) writer.WriteCData(html);
        else writer.WriteString(html);
        writer.WriteEndElement();
    }

    private static bool UsesCData(DemoOutlet outlet) =>
        outlet.Feed.Encoding == "utf-8" && outlet.Feed.Breakage == DemoFeedBreakage.None;
}
