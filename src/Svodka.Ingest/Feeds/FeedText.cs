using System.Net;
using System.Text;

namespace Svodka.Ingest.Feeds;

/// <summary>Turns what feeds put in text fields into what the model promises: plain titles, HTML bodies.</summary>
internal static class FeedText
{
    /// <summary>
    /// Plain text: tags dropped, entities decoded (also the doubly escaped "&amp;amp;quot;" many CMSs emit),
    /// whitespace collapsed. Null when nothing is left.
    /// </summary>
    public static string? Plain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var text = html.Contains('<') ? StripTags(html) : html;
        if (text.Contains('&')) text = WebUtility.HtmlDecode(text);
        return CollapseWhitespace(text);
    }

    /// <summary>Plain text (content_text, yandex:full-text) as HTML: escaped, one paragraph per line.</summary>
    public static string? ToHtmlParagraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var html = new StringBuilder(text.Length + 64);
        foreach (var line in text.Split('\n'))
        {
            var paragraph = CollapseWhitespace(line);
            if (paragraph is null) continue;
            html.Append("<p>").Append(Escape(paragraph)).Append("</p>");
        }
        return html.Length == 0 ? null : html.ToString();
    }

    /// <summary>True when the text has markup (a tag), so it is HTML already rather than plain text.</summary>
    public static bool HasTags(string text)
    {
        for (var i = text.IndexOf('<'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
            if (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/') return true;
        return false;
    }

    /// <summary>Escapes the four characters HTML needs escaped, leaving every letter (Cyrillic, é) as it is.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                default: html.Append(c); break;
            }
        }
        return html.ToString();
    }

    public static string? CollapseWhitespace(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (IsCollapsed(text)) return text;
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace) result.Append(' ');
            pendingSpace = false;
            result.Append(c);
        }
        return result.Length == 0 ? null : result.ToString();
    }

    // Most titles need no work: no leading, trailing, doubled or non-space whitespace, no control characters.
    private static bool IsCollapsed(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        var previousSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace) return false;
                previousSpace = true;
                continue;
            }
            if (c < ' ' || (c > '~' && (char.IsWhiteSpace(c) || char.IsControl(c)))) return false;
            previousSpace = false;
        }
        return true;
    }

    // A '<' followed by a letter, '/', '!' or '?' opens a tag; any other '<' is text ("5 < 7").
    private static string StripTags(string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                var close = html.IndexOf('>', i + 1);
                if (close < 0) break;
                // Block-level tags separate words: "<p>Один</p><p>Два</p>" is "Один Два", not "ОдинДва".
                text.Append(' ');
                i = close + 1;
                continue;
            }
            text.Append(c);
            i++;
        }
        return text.ToString();
    }
}
