using System.Xml.Linq;

namespace Svodka.Ingest.Feeds.Xml;

/// <summary>xml:base, which Atom feeds use to make every link in an entry relative to one address.</summary>
internal static class XmlBase
{
    private static readonly XName BaseAttribute = XNamespace.Xml + "base";

    /// <summary>The base in force after an xml:base attribute of the given value, below an element whose base is <paramref name="outer"/>.</summary>
    public static Uri? Resolve(Uri? outer, string? xmlBase)
    {
        if (string.IsNullOrWhiteSpace(xmlBase)) return outer;
        return FeedUrls.ToUri(outer, xmlBase.Trim()) ?? outer;
    }

    /// <summary>The base in force on <paramref name="element"/>, given the base of the tree it was cut from.</summary>
    public static Uri? Of(XElement element, Uri? outer)
    {
        var chain = new List<string>();
        for (var e = element; e is not null; e = e.Parent)
            if (e.Attribute(BaseAttribute)?.Value is { Length: > 0 } value) chain.Add(value);
        var result = outer;
        for (var i = chain.Count - 1; i >= 0; i--) result = Resolve(result, chain[i]);
        return result;
    }
}
