using System.Xml.Linq;
using Svodka.Ingest.Feeds;
using Svodka.Ingest.Feeds.Xml;

namespace Svodka.Ingest.Opml;

/// <summary>
/// Reads the subscriptions out of an OPML file as feed readers export it: folders of any depth (a feed's category
/// is its nearest folder's title), attribute names in any case (xmlUrl, xmlurl), HTML entities and bare ampersands
/// in titles, any encoding. A feed listed twice is kept once. DTDs are never processed.
/// </summary>
public static class OpmlReader
{
    /// <summary>Subscription lists are small; this is far above any real one.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    public static IReadOnlyList<OpmlOutline> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var text = FeedEncoding.Decode(ReadCapped(stream));
        if (string.IsNullOrWhiteSpace(text.Trim('\uFEFF', '\0'))) throw new OpmlException("not an OPML file: the file is empty");
        var xml = XmlRepair.Repair(text);
        if (xml.DeclaredEntity is { } entity)
            throw new OpmlException($"refused: the file declares the XML entity '{entity}' in a DTD, and entities are never expanded");
        if (xml.TooDeep) throw new OpmlException($"refused: the file nests outlines more than {XmlRepair.MaxDepth} levels deep");

        using var reader = FeedXmlReader.Open(xml, documentUrl: null);
        if (reader.Break is { } broken) throw new OpmlException(broken.ToString().Replace("malformed XML", "malformed OPML"));
        if (!reader.RootName.LocalName.Equals("opml", StringComparison.OrdinalIgnoreCase))
            throw new OpmlException($"not an OPML file: the root element is <{reader.RootName.LocalName}>, not opml");

        var outlines = new List<OpmlOutline>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, _, _) in reader.Elements(name => name.LocalName.Equals("body", StringComparison.OrdinalIgnoreCase)))
            if (IsOutline(element)) Visit(element, folder: null, outlines, seen);
        // A file cut short still lists the subscriptions before the cut; one that broke before any is unreadable.
        if (reader.Break is { } truncated && outlines.Count == 0)
            throw new OpmlException(truncated.ToString().Replace("malformed XML", "malformed OPML"));
        return outlines;
    }

    private static void Visit(XElement outline, string? folder, List<OpmlOutline> into, HashSet<string> seen)
    {
        var title = FeedText.Plain(Attribute(outline, "title")) ?? FeedText.Plain(Attribute(outline, "text"));
        var xmlUrl = Attribute(outline, "xmlUrl")?.Trim();
        if (!string.IsNullOrEmpty(xmlUrl))
        {
            if (seen.Add(xmlUrl))
            {
                var category = folder ?? CategoryAttribute(outline);
                into.Add(new OpmlOutline(title, xmlUrl, NullIfBlank(Attribute(outline, "htmlUrl")), category));
            }
            return;
        }
        foreach (var child in outline.Elements())
            if (IsOutline(child)) Visit(child, title ?? folder, into, seen);
    }

    private static bool IsOutline(XElement element) => element.Name.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase);

    private static string? Attribute(XElement element, string name)
    {
        foreach (var attribute in element.Attributes())
            if (attribute.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase)) return attribute.Value;
        return null;
    }

    // OPML 2.0: category="/Новости/Россия" (a slash path, possibly several comma-separated): the first, last segment.
    private static string? CategoryAttribute(XElement outline)
    {
        var first = Attribute(outline, "category")?.Split(',')[0];
        var segment = first?.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return FeedText.Plain(segment);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static byte[] ReadCapped(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes) throw new OpmlException($"refused: the file is larger than {MaxBytes / (1024 * 1024)} MB");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
