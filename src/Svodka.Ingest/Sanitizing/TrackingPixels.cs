using AngleSharp.Dom;

namespace Svodka.Ingest.Sanitizing;

/// <summary>Images that exist to count readers, not to be seen: tiny, or served by a counter.</summary>
internal static class TrackingPixels
{
    private static readonly string[] CounterHosts =
    [
        "mc.yandex.ru", "counter.yadro.ru", "top-fwz1.mail.ru", "top.mail.ru", "tns-counter.ru", "www.tns-counter.ru",
        "counter.rambler.ru", "top100-images.rambler.ru", "www.google-analytics.com", "google-analytics.com",
        "stats.g.doubleclick.net", "www.facebook.com", "pixel.wp.com", "b.scorecardresearch.com", "sb.scorecardresearch.com",
        "pixel.quantserve.com", "feeds.feedburner.com", "pixel.mathtag.com", "vk.com", "mediametrics.ru", "www.liveinternet.ru",
        "counter.ok.ru", "ad.doubleclick.net", "secure-gl.imrworldwide.com", "stat.sputnik.ru",
    ];

    private static readonly string[] PixelPaths = ["/pixel", "/beacon", "/tr?", "1x1.", "spacer.gif", "blank.gif", "/counter", "/hit?", "/watch/"];

    public static bool IsTrackingPixel(IElement img, string src)
    {
        if (IsTiny(img.GetAttribute("width")) || IsTiny(img.GetAttribute("height"))) return true;
        if (!Uri.TryCreate(src, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        var host = uri.Host.ToLowerInvariant();
        if (CounterHosts.Contains(host) && !uri.AbsolutePath.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)) return true;
        var path = uri.PathAndQuery.ToLowerInvariant();
        return PixelPaths.Any(p => path.Contains(p, StringComparison.Ordinal));
    }

    private static bool IsTiny(string? size)
    {
        if (string.IsNullOrWhiteSpace(size)) return false;
        var digits = new string(size.Trim().TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 && int.TryParse(digits, out var n) && n <= 2;
    }
}
