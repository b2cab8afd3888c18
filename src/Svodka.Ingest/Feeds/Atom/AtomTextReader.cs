using System.Text;
using System.Xml.Linq;
using Svodka.Ingest.Feeds.Xml;

namespace Svodka.Ingest.Feeds.Atom;

/// <summary>Reads a text construct (title, summary, content) in both Atom 1.0's and 0.3's spellings of its type.</summary>
internal static class AtomTextReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="outerBase">The xml:base in force where the element stands; relative URLs in markup resolve against it.</param>
    public static AtomText? Read(XElement element, Uri? outerBase)
    {
        var type = ((string?)element.Attribute(AttributeNames.Type))?.Trim().ToLowerInvariant();
        var mode = ((string?)element.Attribute(AttributeNames.Mode))?.Trim().ToLowerInvariant();
        if (mode == "base64") return FromBase64(element.Value, type);
        // RFC 4287 4.1.3.3: a media type that is neither text nor XML means base64. Feeds also label plain text
        // that way ("application/json"), so what does not decode to UTF-8 text is kept as text.
        if (IsBinaryMediaType(type)) return FromBase64(element.Value, type) ?? new AtomText(AtomTextKind.Text, element.Value);
        var kind = type switch
        {
            "html" or "text/html" => AtomTextKind.Html,
            "xhtml" or "application/xhtml+xml" => AtomTextKind.Xhtml,
            _ when mode == "escaped" => AtomTextKind.Html,
            _ => AtomTextKind.Text,
        };
        if (kind == AtomTextKind.Xhtml || element.HasElements) kind = AtomTextKind.Xhtml;
        var value = kind == AtomTextKind.Xhtml ? XhtmlBody(element) : element.Value;
        if (kind != AtomTextKind.Text) value = HtmlUrls.ResolveRelative(value, XmlBase.Of(element, outerBase));
        return new AtomText(kind, value);
    }

    private static bool IsBinaryMediaType(string? type) =>
        type is not null && type.Contains('/') && !type.StartsWith("text/", StringComparison.Ordinal)
        && !type.EndsWith("/xml", StringComparison.Ordinal) && !type.EndsWith("+xml", StringComparison.Ordinal);

    // Atom 1.0 wraps xhtml content in one <div xmlns="http://www.w3.org/1999/xhtml">, which is not content.
    private static string XhtmlBody(XElement element)
    {
        XElement? wrapper = null;
        foreach (var node in element.Nodes())
        {
            if (node is XText text && string.IsNullOrWhiteSpace(text.Value)) continue;
            if (wrapper is not null || node is not XElement { Name.LocalName: "div" } div) return ElementText.InnerHtml(element);
            wrapper = div;
        }
        return wrapper is null ? ElementText.InnerHtml(element) : ElementText.InnerHtml(wrapper);
    }

    private static AtomText? FromBase64(string value, string? type)
    {
        try
        {
            var text = StrictUtf8.GetString(Convert.FromBase64String(value.Trim()));
            return new AtomText(type is "text/plain" or "text" ? AtomTextKind.Text : AtomTextKind.Html, text);
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }
}
