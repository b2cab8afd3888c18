using System.Text;

namespace Svodka.Ingest.Feeds;

/// <summary>
/// Makes href and src in feed HTML absolute. Only the parser knows the xml:base in force inside an Atom entry;
/// once the content leaves it as a string, a relative link there would point at the wrong page.
/// </summary>
internal static class HtmlUrls
{
    private static readonly System.Buffers.SearchValues<char> AttributeInitials = System.Buffers.SearchValues.Create("hHsS");

    public static string ResolveRelative(string html, Uri? baseUri)
    {
        if (baseUri is null || !baseUri.IsAbsoluteUri) return html;
        StringBuilder? result = null;
        var copied = 0;
        for (var at = NextUrlAttribute(html, 0); at >= 0; at = NextUrlAttribute(html, at + 1))
        {
            if (!TryReadValue(html, at, out var valueStart, out var valueEnd)) continue;
            // The attribute's text is HTML: "a?x=1&amp;y=2" is the address "a?x=1&y=2".
            var value = System.Net.WebUtility.HtmlDecode(html[valueStart..valueEnd]);
            if (value.Length == 0 || value[0] == '#' || Uri.TryCreate(value, UriKind.Absolute, out var absolute) && !absolute.IsFile) continue;
            var resolved = FeedUrls.Resolve(baseUri, value);
            if (resolved is null || resolved == value) continue;
            result ??= new StringBuilder(html.Length + 256);
            result.Append(html, copied, valueStart - copied).Append(FeedText.Escape(resolved));
            copied = valueEnd;
        }
        return result is null ? html : result.Append(html, copied, html.Length - copied).ToString();
    }

    // The start of the next " href" or " src" attribute name (whitespace before it, as inside a tag).
    private static int NextUrlAttribute(string html, int from)
    {
        for (var i = from; i < html.Length; i++)
        {
            i = html.AsSpan(i).IndexOfAny(AttributeInitials) is var next and >= 0 ? i + next : -1;
            if (i < 0) return -1;
            if (i == 0 || !char.IsWhiteSpace(html[i - 1])) continue;
            if (At(html, i, "href") || At(html, i, "src")) return i;
        }
        return -1;
    }

    // After the name: optional spaces, '=', optional spaces, a quote, the value, the same quote.
    private static bool TryReadValue(string html, int nameStart, out int valueStart, out int valueEnd)
    {
        valueStart = valueEnd = 0;
        var p = nameStart + (At(html, nameStart, "href") ? 4 : 3);
        while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
        if (p >= html.Length || html[p] != '=') return false;
        p++;
        while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
        if (p >= html.Length || html[p] is not ('"' or '\'')) return false;
        var quote = html[p];
        var close = html.IndexOf(quote, p + 1);
        if (close < 0 || html.AsSpan(p + 1, close - p - 1).IndexOfAny('<', '>') >= 0) return false;
        (valueStart, valueEnd) = (p + 1, close);
        return true;
    }

    private static bool At(string html, int i, string name) =>
        string.Compare(html, i, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
