namespace Svodka.Ingest.Sanitizing;

/// <summary>
/// The video players a news article may embed. They are never rendered as frames (a frame runs the
/// host's code in the reader's browser); an allowed one becomes a link to the video, anything else is dropped.
/// </summary>
internal static class VideoEmbeds
{
    private static readonly string[] Hosts =
    [
        "youtube.com", "youtube-nocookie.com", "youtu.be", "player.vimeo.com", "vimeo.com", "rutube.ru",
        "vk.com", "vkvideo.ru", "vk.ru", "ok.ru", "dzen.ru", "zen.yandex.ru", "frontend.vh.yandex.ru",
        "smotrim.ru", "player.smotrim.ru", "1tv.ru", "dailymotion.com", "t.me", "coub.com",
    ];

    /// <summary>The address to link to for an embedded player's src, or null when the host is not allowed.</summary>
    public static string? LinkFor(string? src, Uri? baseUrl)
    {
        var resolved = SafeUrls.Resource(src, baseUrl);
        if (resolved is null || !Uri.TryCreate(resolved, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host.ToLowerInvariant();
        if (!Hosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal))) return null;
        return WatchPage(uri) ?? uri.AbsoluteUri;
    }

    /// <summary>Whether a frame's src is an allowed player (a protocol-relative src counts as https).</summary>
    public static bool IsAllowed(string? src) => LinkFor(src, AnyHttpsPage) is not null;

    private static readonly Uri AnyHttpsPage = new("https://localhost/");

    /// <summary>A YouTube embed URL shown as the watch page a reader can open.</summary>
    private static string? WatchPage(Uri uri)
    {
        if (!uri.Host.Contains("youtube", StringComparison.OrdinalIgnoreCase)) return null;
        const string prefix = "/embed/";
        if (!uri.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var id = uri.AbsolutePath[prefix.Length..].Trim('/');
        return id.Length is > 0 and < 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? "https://www.youtube.com/watch?v=" + id
            : null;
    }
}
