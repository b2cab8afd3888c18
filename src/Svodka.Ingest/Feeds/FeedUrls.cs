namespace Svodka.Ingest.Feeds;

/// <summary>Links in feeds are often relative (to xml:base or to the feed's own address): make them absolute.</summary>
internal static class FeedUrls
{
    /// <summary>The absolute form of <paramref name="href"/>, or the trimmed text as given when nothing makes it absolute.</summary>
    public static string? Resolve(Uri? baseUri, string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        var trimmed = href.Trim();
        // An absolute link is kept as the feed wrote it; only a relative one is rebuilt from its base.
        if (IsPlainHttpUrl(trimmed)) return trimmed;
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && IsWebLike(absolute)) return trimmed;
        return ToUri(baseUri, trimmed)?.AbsoluteUri ?? trimmed;
    }

    public static Uri? ToUri(Uri? baseUri, string href)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && IsWebLike(absolute)) return absolute;
        // "//cdn.example/x.jpg" and "/news/1" need a base; Uri treats "/news/1" as an absolute file path on Unix.
        if (baseUri is not null && baseUri.IsAbsoluteUri && Uri.TryCreate(baseUri, href, out var joined)) return joined;
        return absolute is not null && !absolute.IsFile ? absolute : null;
    }

    // Nearly every link in a feed: decided without building a Uri, which costs microseconds apiece.
    private static bool IsPlainHttpUrl(string s) =>
        (s.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && s.Length > 8 && s.AsSpan().IndexOfAny(" \t\r\n\\") < 0 && s[s.IndexOf("//", StringComparison.Ordinal) + 2] is not ('/' or '?' or '#');

    private static bool IsWebLike(Uri uri) => !uri.IsFile && !uri.IsUnc;
}
