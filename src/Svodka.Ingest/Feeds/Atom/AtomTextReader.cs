using System.Text;
using System.Xml.Linq;
using Svodka.Ingest.Feeds.Xml;

namespace Svodka.Ingest.Feeds.Atom;

/// <summary>Reads a text construct (title, summary, content) in both Atom 1.0's and 0.3's spellings of its type.</summary>
internal static class AtomTextReader
{
    public static AtomText? Read(XElement element)
    {
        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant();
        var mode = ((string?)element.Attribute("mode"))?.Trim().ToLowerInvariant();
        if (mode == "base64") return FromBase64(element.Value, type);
        var kind = type switch
        {
            "html" or "text/html" => AtomTextKind.Html,
            "xhtml" or "application/xhtml+xml" => AtomTextKind.Xhtml,
            _ when mode == "escaped" => AtomTextKind.Html,
            _ => AtomTextKind.Text,
        };
        if (kind == AtomTextKind.Xhtml || element.HasElements)
            return new AtomText(element.HasElements ? AtomTextKind.Xhtml : kind, XhtmlBody(element));
        return new AtomText(kind, element.Value);
    }

    // Atom 1.0 wraps xhtml content in one <div xmlns="http://www.w3.org/1999/xhtml">, which is not content.
    private static string XhtmlBody(XElement element)
    {
        var children = element.Nodes().Where(n => n is not XText t || !string.IsNullOrWhiteSpace(t.Value)).ToList();
        if (children is [XElement { Name.LocalName: "div" } wrapper]) return ElementText.InnerHtml(wrapper);
        return ElementText.InnerHtml(element);
    }

    private static AtomText? FromBase64(string value, string? type)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));
            return new AtomText(type is "text/plain" or "text" ? AtomTextKind.Text : AtomTextKind.Html, text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
