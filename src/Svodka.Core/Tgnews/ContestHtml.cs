using System.Net;
using System.Text;

namespace Svodka.Core.Tgnews;

/// <summary>
/// Just enough HTML scanning for contest pages, fast because there are hundreds of thousands of them:
/// meta tags by property, the <c>&lt;article&gt;</c> element, and the text of its paragraphs. Not a
/// general HTML parser: it reads the one schema the contest uses and tolerates what real files get wrong.
/// </summary>
internal static class ContestHtml
{
    /// <summary>Elements inside the article that repeat the title or are not the article's text (as their closing tags' start).</summary>
    private static readonly string[] Skipped = ["</h1", "</address", "</figure", "</aside", "</script", "</style"];

    /// <summary>property (or name) → content of every &lt;meta&gt; tag; the first of a repeated property wins.</summary>
    public static Dictionary<string, string> MetaTags(string html)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var end = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        if (end < 0) end = html.Length;
        var i = 0;
        while ((i = html.IndexOf("<meta", i, end - i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var close = html.IndexOf('>', i);
            if (close < 0) break;
            var tag = html.AsSpan(i + 5, close - i - 5);
            var key = Attribute(tag, "property") ?? Attribute(tag, "name");
            var content = Attribute(tag, "content");
            if (key is not null && content is not null) meta.TryAdd(key, content);
            i = close + 1;
            if (i >= end) break;
        }
        return meta;
    }

    /// <summary>
    /// Where the inside of &lt;article&gt; is (to the end of the file when it is not closed), or null without one: a
    /// range, not a copy, as the body is most of the file.
    /// </summary>
    public static Range? ArticleBody(string html)
    {
        var start = OpenTag(html, "article", 0);
        if (start < 0) return null;
        var inner = html.IndexOf('>', start);
        if (inner < 0) return null;
        var close = html.IndexOf("</article", inner, StringComparison.OrdinalIgnoreCase);
        return (inner + 1)..(close < 0 ? html.Length : close);
    }

    /// <summary>The text of the first &lt;<paramref name="element"/>&gt;, tags stripped; empty when there is none.</summary>
    public static string FirstElementText(ReadOnlySpan<char> html, string element)
    {
        var start = OpenTag(html, element, 0);
        if (start < 0) return "";
        var inner = IndexOf(html, '>', start);
        if (inner < 0) return "";
        var close = IndexOf(html, "</" + element, inner);
        var sb = new StringBuilder();
        AppendText(html.Slice(inner + 1, (close < 0 ? html.Length : close) - inner - 1), sb);
        return WebUtility.HtmlDecode(sb.ToString());
    }

    /// <summary>The datetime attribute of the first &lt;time&gt;.</summary>
    public static string? TimeDatetime(ReadOnlySpan<char> html)
    {
        var start = OpenTag(html, "time", 0);
        if (start < 0) return null;
        var close = IndexOf(html, '>', start);
        return close < 0 ? null : Attribute(html.Slice(start + 5, close - start - 5), "datetime");
    }

    /// <summary>
    /// The text of the article's &lt;p&gt;s, one string per paragraph. Every &lt;p&gt; and &lt;/p&gt; ends the
    /// paragraph before it, so unclosed and wrongly nested paragraphs (common in the contest files) still come
    /// out one by one; text outside any paragraph and inside <see cref="Skipped"/> elements is left out.
    /// </summary>
    public static List<string> Paragraphs(ReadOnlySpan<char> body)
    {
        var paragraphs = new List<string>();
        // Sized for a long paragraph, so that clearing it between paragraphs does not reallocate a grown chain of chunks.
        var current = new StringBuilder(4096);
        var depth = 0;
        var i = 0;
        while (i < body.Length)
        {
            var lt = IndexOf(body, '<', i);
            if (lt < 0) lt = body.Length;
            if (depth > 0 && lt > i) current.Append(body.Slice(i, lt - i));
            if (lt >= body.Length) break;
            var gt = IndexOf(body, '>', lt);
            if (gt < 0) break;
            var tag = body.Slice(lt + 1, gt - lt - 1);
            var closing = tag.Length > 0 && tag[0] == '/';
            var name = TagName(closing ? tag[1..] : tag);
            i = gt + 1;
            if (name.Equals("p", StringComparison.OrdinalIgnoreCase))
            {
                Flush(current, paragraphs);
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            }
            else if (!closing && IsSkipped(name, out var skippedName))
            {
                var end = IndexOf(body, skippedName, i);
                if (end >= 0) i = IndexOf(body, '>', end) is var e && e >= 0 ? e + 1 : body.Length;
            }
            else if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                current.Append(' ');
            }
        }
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0) return;
        var text = Squash(WebUtility.HtmlDecode(current.ToString()));
        current.Clear();
        if (text.Length > 0) paragraphs.Add(text);
    }

    /// <summary>Runs of white space (line breaks of the HTML source) become one space.</summary>
    private static string Squash(string s)
    {
        if (IsSquashed(s)) return s;
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>No white space but single plain spaces between words: most paragraphs, which need no copy.</summary>
    private static bool IsSquashed(string s)
    {
        if (s.Length == 0) return true;
        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) return false;
        for (var i = 1; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ' ' ? s[i - 1] == ' ' : char.IsWhiteSpace(c)) return false;
        }
        return true;
    }

    private static bool IsSkipped(ReadOnlySpan<char> name, out string skipped)
    {
        foreach (var s in Skipped)
            if (name.Equals(s.AsSpan(2), StringComparison.OrdinalIgnoreCase))
            {
                skipped = s;
                return true;
            }
        skipped = "";
        return false;
    }

    private static void AppendText(ReadOnlySpan<char> html, StringBuilder sb)
    {
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<') inTag = true;
            else if (c == '>') inTag = false;
            else if (!inTag) sb.Append(c);
        }
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        var n = 0;
        while (n < tag.Length && (char.IsLetterOrDigit(tag[n]))) n++;
        return tag[..n];
    }

    /// <summary>Start of the first &lt;<paramref name="element"/>&gt; or &lt;<paramref name="element"/> …&gt; from <paramref name="from"/>; −1 when absent.</summary>
    private static int OpenTag(ReadOnlySpan<char> html, string element, int from)
    {
        var i = from;
        var open = "<" + element;
        while ((i = IndexOf(html, open, i)) >= 0)
        {
            var after = i + 1 + element.Length;
            if (after < html.Length && (html[after] is '>' or ' ' or '/' or '\t' or '\n' or '\r')) return i;
            i = after;
        }
        return -1;
    }

    /// <summary>Index of <paramref name="c"/> at or after <paramref name="from"/>, or −1.</summary>
    private static int IndexOf(ReadOnlySpan<char> s, char c, int from) => s[from..].IndexOf(c) is var i && i >= 0 ? i + from : -1;

    /// <summary>Index of <paramref name="value"/> (any case) at or after <paramref name="from"/>, or −1.</summary>
    private static int IndexOf(ReadOnlySpan<char> s, string value, int from) =>
        s[from..].IndexOf(value, StringComparison.OrdinalIgnoreCase) is var i && i >= 0 ? i + from : -1;

    /// <summary>The value of attribute <paramref name="name"/> in a tag's attribute text (quoted either way, or bare).</summary>
    private static string? Attribute(ReadOnlySpan<char> tag, string name)
    {
        var i = 0;
        while (i < tag.Length)
        {
            var at = tag[i..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return null;
            at += i;
            var j = at + name.Length;
            var boundary = at == 0 || char.IsWhiteSpace(tag[at - 1]);
            while (j < tag.Length && char.IsWhiteSpace(tag[j])) j++;
            if (!boundary || j >= tag.Length || tag[j] != '=')
            {
                i = at + name.Length;
                continue;
            }
            j++;
            while (j < tag.Length && char.IsWhiteSpace(tag[j])) j++;
            if (j >= tag.Length) return "";
            var quote = tag[j];
            if (quote is '"' or '\'')
            {
                var end = tag[(j + 1)..].IndexOf(quote);
                return end < 0 ? tag[(j + 1)..].ToString() : tag.Slice(j + 1, end).ToString();
            }
            var stop = j;
            while (stop < tag.Length && !char.IsWhiteSpace(tag[stop]) && tag[stop] != '/') stop++;
            return tag[j..stop].ToString();
        }
        return null;
    }
}
