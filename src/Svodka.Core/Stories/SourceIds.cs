namespace Svodka.Core.Stories;

/// <summary>An outlet's id where nothing better names it: the URL's host without "www.", lower case.</summary>
public static class SourceIds
{
    public static string FromUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant()
            : url;
}
