namespace Svodka.Ingest.Feeds;

internal enum DocumentKind { Empty, Xml, Json, Html, Other }

/// <summary>What a decoded document is, from its first characters: the format sniffing before any parser runs.</summary>
internal static class DocumentSniffer
{
    public static DocumentKind Sniff(string text)
    {
        var span = text.AsSpan().TrimStart("\uFEFF \t\r\n\0");
        if (span.IsEmpty) return DocumentKind.Empty;
        if (span[0] is '{' or '[') return DocumentKind.Json;
        if (span.Length > 0 && span[0] != '<')
            // Junk before the prolog (a PHP warning) still leaves an XML feed behind it.
            return span.IndexOf("<?xml", StringComparison.Ordinal) is >= 0 and < 64 * 1024 ? DocumentKind.Xml : DocumentKind.Other;
        return StartsLikeHtml(span) ? DocumentKind.Html : DocumentKind.Xml;
    }

    private static bool StartsLikeHtml(ReadOnlySpan<char> span)
    {
        // Past the prolog, comments and whitespace, an HTML page opens with a doctype or <html>/<head>/<body>.
        while (true)
        {
            span = span.TrimStart(" \t\r\n");
            if (span.StartsWith("<?")) span = After(span, "?>");
            else if (span.StartsWith("<!--")) span = After(span, "-->");
            else break;
        }
        return span.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("<body", StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> After(ReadOnlySpan<char> span, string terminator)
    {
        var at = span.IndexOf(terminator, StringComparison.Ordinal);
        return at < 0 ? [] : span[(at + terminator.Length)..];
    }
}
