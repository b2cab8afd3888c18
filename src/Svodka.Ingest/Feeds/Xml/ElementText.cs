using System.Text;
using System.Xml.Linq;

namespace Svodka.Ingest.Feeds.Xml;

/// <summary>The text of a feed element as the feed meant it: its text, or its inner markup when it holds elements.</summary>
internal static class ElementText
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>The text, or for naked markup (&lt;description&gt;&lt;p&gt;…) the inner HTML; null when blank.</summary>
    public static string? Of(XElement? element)
    {
        if (element is null) return null;
        var value = element.HasElements ? InnerHtml(element) : element.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The children as HTML, without the XML namespace declarations a serialiser would add.</summary>
    public static string InnerHtml(XElement element)
    {
        var html = new StringBuilder();
        foreach (var node in element.Nodes()) Write(node, html, depth: 0);
        return html.ToString();
    }

    // Hostile input can nest tens of thousands of elements in one description: past this depth only the text is
    // kept, so the recursion below cannot exhaust the stack (which would end the process, not throw).
    private const int MaxDepth = 64;

    private static void Write(XNode node, StringBuilder html, int depth)
    {
        if (depth > MaxDepth && node is XElement deep)
        {
            html.Append(FeedText.Escape(deep.Value));
            return;
        }
        switch (node)
        {
            case XCData cdata:
                html.Append(cdata.Value);
                break;
            case XText text:
                html.Append(FeedText.Escape(text.Value));
                break;
            case XElement element:
                var name = element.Name.LocalName;
                html.Append('<').Append(name);
                foreach (var attribute in element.Attributes())
                {
                    if (attribute.IsNamespaceDeclaration) continue;
                    html.Append(' ').Append(attribute.Name.LocalName).Append("=\"")
                        .Append(FeedText.Escape(attribute.Value)).Append('"');
                }
                html.Append('>');
                if (element.IsEmpty && VoidElements.Contains(name)) break;
                foreach (var child in element.Nodes()) Write(child, html, depth + 1);
                html.Append("</").Append(name).Append('>');
                break;
        }
    }
}
