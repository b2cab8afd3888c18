using AngleSharp.Dom;

namespace Svodka.Ingest.Extraction.Metadata;

/// <summary>
/// The page's &lt;meta&gt; values by name or property (lower case, first value wins, as Open Graph
/// readers do), its &lt;link rel&gt; targets, and the microdata itemprops metadata lives in.
/// </summary>
internal sealed class MetaTags
{
    private const int MaxValueChars = 2000;
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> links = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> itemProps = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content) || content.Length > MaxValueChars) continue;
            foreach (var key in new[] { meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("http-equiv"), meta.GetAttribute("itemprop") })
                if (!string.IsNullOrWhiteSpace(key)) values.TryAdd(key.Trim(), content.Trim());
        }
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
            foreach (var rel in link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                links.TryAdd(rel, link.GetAttribute("href")!.Trim());
        foreach (var element in document.QuerySelectorAll("[itemprop]"))
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime")
                        ?? (element.LocalName is "a" or "link" ? element.GetAttribute("href") : null)
                        ?? (element.LocalName == "img" ? element.GetAttribute("src") : null)
                        ?? ShortText(element);
            if (string.IsNullOrWhiteSpace(value)) continue;
            foreach (var prop in element.GetAttribute("itemprop")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                itemProps.TryAdd(prop, value.Trim());
        }
    }

    /// <summary>The first of the named meta values present.</summary>
    public string? Get(params string[] names)
    {
        foreach (var name in names)
            if (values.TryGetValue(name, out var v)) return v;
        return null;
    }

    public string? Link(string rel) => links.GetValueOrDefault(rel);

    public string? ItemProp(string name) => itemProps.GetValueOrDefault(name);

    private static string? ShortText(IElement element)
    {
        // Only leaf-like elements: an itemprop on a big container (articleBody) is not a metadata value.
        if (element.ChildElementCount > 3) return null;
        var text = element.TextContent;
        return text.Length <= 200 ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : null;
    }
}
