using System.Text;
using AngleSharp.Html.Parser;
using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Discovery;

/// <summary>A feed a site page advertises.</summary>
/// <param name="Type">The media type the page gave (application/rss+xml, …), lower case without parameters.</param>
public sealed record DiscoveredFeed(Uri Url, string? Title, string? Type);

/// <summary>
/// Finds the feeds a site page advertises with &lt;link rel="alternate" type="application/rss+xml"&gt; (and Atom,
/// RDF, JSON Feed), and tells a feed from a page by its first bytes. Callers fetch; this only reads.
/// </summary>
public static class FeedDiscovery
{
    /// <summary>The links sit in &lt;head&gt;; past this much HTML a page is not worth parsing for them.</summary>
    public const int MaxHtmlChars = 2 * 1024 * 1024;

    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json", "application/json",
    };

    /// <summary>The advertised feeds in page order, hrefs resolved against &lt;base href&gt; and the page's address, each once.</summary>
    public static IReadOnlyList<DiscoveredFeed> FindInHtml(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (html.Length > MaxHtmlChars) html = html[..MaxHtmlChars];
        using var document = new HtmlParser().ParseDocument(html);
        var baseUrl = pageUrl;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref && Uri.TryCreate(pageUrl, baseHref.Trim(), out var declared)
            && declared.Scheme is "http" or "https")
            baseUrl = declared;

        var found = new List<DiscoveredFeed>();
        var seen = new HashSet<Uri>();
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!rel.Contains("alternate", StringComparer.OrdinalIgnoreCase)) continue;
            var type = MediaType(link.GetAttribute("type"));
            if (type is null || !FeedTypes.Contains(type)) continue;
            var href = link.GetAttribute("href")!.Trim();
            if (href.Length == 0 || !Uri.TryCreate(baseUrl, href, out var url) || url.Scheme is not ("http" or "https")) continue;
            // WordPress marks its REST API document alternate application/json on every page: not a feed.
            if (type == "application/json" && url.AbsolutePath.Contains("/wp-json/", StringComparison.OrdinalIgnoreCase)) continue;
            if (seen.Add(url)) found.Add(new DiscoveredFeed(url, FeedText.Plain(link.GetAttribute("title")), type));
        }
        return found;
    }

    /// <summary>
    /// True when the body starts like RSS, RDF, Atom or JSON Feed: for a URL a user typed, which might be the feed
    /// itself or a page that advertises one. Reads only the first few kilobytes.
    /// </summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> body)
    {
        var head = Head(body);
        var text = head.AsSpan().TrimStart("\uFEFF \t\r\n\0");
        if (text.IsEmpty) return false;
        if (text[0] == '{') return head.Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase);
        return RootElementName(text) is { } root && IsFeedRoot(root);
    }

    private static string? MediaType(string? type)
    {
        if (string.IsNullOrWhiteSpace(type)) return null;
        var semicolon = type.IndexOf(';');
        return (semicolon >= 0 ? type[..semicolon] : type).Trim().ToLowerInvariant();
    }

    private static string Head(ReadOnlySpan<byte> body)
    {
        var sample = body[..Math.Min(body.Length, 4096)];
        return sample switch
        {
            [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(sample[2..]),
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(sample[2..]),
            // Tag names and "jsonfeed.org" are ASCII in every single-byte encoding and in UTF-8.
            _ => Encoding.Latin1.GetString(sample),
        };
    }

    // The name of the first element, past the prolog, comments, a doctype and (as in real feeds) junk before "<?xml".
    private static string? RootElementName(ReadOnlySpan<char> text)
    {
        var prolog = text.IndexOf("<?xml", StringComparison.Ordinal);
        if (prolog > 0) text = text[prolog..];
        while (true)
        {
            var open = text.IndexOf('<');
            if (open < 0 || open + 1 >= text.Length) return null;
            text = text[(open + 1)..];
            if (text[0] is '?' or '!')
            {
                var close = text.StartsWith("!--") ? text.IndexOf("-->") : text.IndexOf('>');
                if (close < 0) return null;
                text = text[(close + 1)..];
                continue;
            }
            var end = text.IndexOfAny(" \t\r\n/>");
            return end <= 0 ? null : text[..end].ToString();
        }
    }

    private static bool IsFeedRoot(string name)
    {
        var local = name.Contains(':') ? name[(name.IndexOf(':') + 1)..] : name;
        return local is "rss" or "feed" or "RDF";
    }
}
