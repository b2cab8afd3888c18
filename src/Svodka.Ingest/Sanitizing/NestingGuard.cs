using System.Text;

namespace Svodka.Ingest.Sanitizing;

/// <summary>
/// Caps how deep hostile markup can nest before the HTML parser sees it. AngleSharp's tree builder
/// checks element scope by walking the stack of open elements, so 10 000 nested tags cost it a second
/// and 100 000 cost it a minute; any recursive walk over such a tree can also overflow the stack.
/// A cheap tag scan tracks the depth (with the implied end tags that keep real pages shallow) and
/// drops start tags, and their end tags, past <see cref="MaxDepth"/>: text stays, the nesting goes.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Real pages stay under 60; browsers cap the DOM at 512.</summary>
    public const int MaxDepth = 256;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "image", "keygen", "basefont", "bgsound", "frame",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    /// <summary>Start tags that close an open &lt;p&gt; (HTML's implied end tags).</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "dd", "dt",
    };

    /// <summary>The markup unchanged when it nests no deeper than <see cref="MaxDepth"/>, else with the excess tags removed.</summary>
    public static string Limit(string html)
    {
        List<(int Start, int End)>? dropped = null;
        var open = new List<string>(64);
        var suppressed = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            var c = html[lt + 1];
            if (c == '!')
            {
                i = html.AsSpan(lt).StartsWith("<!--") ? SkipPast(html, lt + 4, "-->") : SkipPast(html, lt + 2, ">");
                continue;
            }
            if (c == '?') { i = SkipPast(html, lt + 2, ">"); continue; }
            if (c == '/')
            {
                var (endName, afterName) = ReadName(html, lt + 2);
                var close = SkipPast(html, afterName, ">");
                if (endName.Length > 0)
                {
                    if (suppressed.TryGetValue(endName, out var n) && n > 0)
                    {
                        suppressed[endName] = n - 1;
                        (dropped ??= []).Add((lt, close));
                    }
                    else
                    {
                        var at = open.FindLastIndex(t => t.Equals(endName, StringComparison.OrdinalIgnoreCase));
                        if (at >= 0) open.RemoveRange(at, open.Count - at);
                    }
                }
                i = close;
                continue;
            }
            if (!char.IsAsciiLetter(c)) { i = lt + 1; continue; }

            var (name, afterTagName) = ReadName(html, lt + 1);
            var (tagEnd, selfClosing) = SkipAttributes(html, afterTagName);
            if (RawText.Contains(name))
            {
                i = SkipRawText(html, tagEnd, name);
                continue;
            }
            i = tagEnd;
            if (Void.Contains(name) || selfClosing) continue;
            CloseImplied(open, name);
            if (open.Count >= MaxDepth)
            {
                suppressed[name] = suppressed.GetValueOrDefault(name) + 1;
                (dropped ??= []).Add((lt, tagEnd));
                continue;
            }
            open.Add(name);
        }
        return dropped is null ? html : Without(html, dropped);
    }

    private static void CloseImplied(List<string> open, string name)
    {
        if (open.Count == 0) return;
        string Top() => open[^1];
        if (ClosesParagraph.Contains(name) && Top().Equals("p", StringComparison.OrdinalIgnoreCase)) open.RemoveAt(open.Count - 1);
        if (open.Count == 0) return;
        var sameKind = name.ToLowerInvariant() switch
        {
            "li" => new[] { "li" },
            "dd" or "dt" => ["dd", "dt"],
            "td" or "th" => ["td", "th"],
            "tr" => ["td", "th", "tr"],
            "option" => ["option"],
            _ => [],
        };
        while (open.Count > 0 && sameKind.Contains(Top(), StringComparer.OrdinalIgnoreCase)) open.RemoveAt(open.Count - 1);
    }

    private static string Without(string html, List<(int Start, int End)> dropped)
    {
        var sb = new StringBuilder(html.Length);
        var from = 0;
        foreach (var (start, end) in dropped)
        {
            sb.Append(html, from, start - from).Append(' ');
            from = end;
        }
        return sb.Append(html, from, html.Length - from).ToString();
    }

    private static (string Name, int After) ReadName(string html, int from)
    {
        var end = from;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':' or '_')) end++;
        return (html[from..end], end);
    }

    private static (int After, bool SelfClosing) SkipAttributes(string html, int from)
    {
        var i = from;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>') return (i + 1, i > from && html[i - 1] == '/');
            if (c is '"' or '\'')
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0) return (html.Length, false);
                i = close + 1;
                continue;
            }
            i++;
        }
        return (html.Length, false);
    }

    private static int SkipRawText(string html, int from, string name)
    {
        var i = from;
        while (true)
        {
            var lt = html.IndexOf("</", i, StringComparison.Ordinal);
            if (lt < 0) return html.Length;
            if (string.Compare(html, lt + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return SkipPast(html, lt + 2 + name.Length, ">");
            i = lt + 2;
        }
    }

    private static int SkipPast(string html, int from, string marker)
    {
        if (from >= html.Length) return html.Length;
        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
