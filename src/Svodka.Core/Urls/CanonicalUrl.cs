using System.Globalization;
using System.Text;

namespace Svodka.Core.Urls;

/// <summary>
/// The de-duplication key of an article URL: the same article linked from two feeds, or with
/// tracking parameters added by a feed (utm_*, from=rss, yclid …), gets the same key.
/// </summary>
/// <remarks>
/// The key is https, lower-case host without "www." and default port, no fragment, no tracking
/// parameters, the remaining query parameters sorted, and no trailing slash on a non-root path.
/// These are the variations publishers produce for one page; anything further (dropping other
/// parameters, path case) would merge different articles.
/// </remarks>
public static class CanonicalUrl
{
    // Parameters that never select content: analytics and click ids of ad networks and mailers.
    private static readonly HashSet<string> TrackingKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ysclid", "_openstat",
        "mc_cid", "mc_eid", "igshid", "srsltid", "_ga", "_gl", "cmpid", "rss", "rss_id", "at_medium",
        "at_campaign", "ns_mchannel", "ns_source", "ns_campaign", "ocid", "smid",
    };

    // Parameters that are tracking only when their value names a feed or an aggregator
    // (from=rss, ref=yxnews); with other values (from=2024-01-01) they may select content.
    private static readonly HashSet<string> SourceMarkerKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "ref", "source", "src", "utm", "via", "feed",
    };

    private static readonly HashSet<string> SourceMarkerValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "rss", "rss2", "feed", "feeds", "atom", "yxnews", "yandex", "yandexnews", "yanews", "zen", "dzen",
        "smi2", "smi24", "mirtesen", "24smi", "lentainform", "newsnow", "google", "googlenews", "gnews",
        "telegram", "tg", "vk", "twitter", "facebook", "fb", "ok", "push", "email", "newsletter", "main",
        "mail", "yxnews_top", "rambler", "pulse", "sharebar", "share", "social", "sm",
    };

    /// <summary>The key for <paramref name="url"/>, or null when it is not an absolute http(s) URL.</summary>
    public static string? TryNormalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        return Normalize(uri);
    }

    public static string Normalize(Uri uri)
    {
        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.Ordinal) && host.Length > 4) host = host[4..];

        var path = uri.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/')) path = path.TrimEnd('/');
        if (path.Length == 0) path = "/";

        var builder = new StringBuilder("https://", 64 + uri.OriginalString.Length);
        builder.Append(host);
        var defaultPort = uri.Scheme == Uri.UriSchemeHttps ? 443 : 80;
        if (!uri.IsDefaultPort && uri.Port != defaultPort && uri.Port != 443)
            builder.Append(':').Append(uri.Port.ToString(CultureInfo.InvariantCulture));
        builder.Append(path);

        var query = KeptQuery(uri.Query);
        if (query.Length > 0) builder.Append('?').Append(query);
        return builder.ToString();
    }

    private static string KeptQuery(string query)
    {
        if (query.Length <= 1) return "";
        var kept = new List<(string Key, string Pair)>();
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            if (IsTracking(key, value)) continue;
            kept.Add((key, pair));
        }
        kept.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var c && c != 0 ? c : string.CompareOrdinal(a.Pair, b.Pair));
        return string.Join('&', kept.Select(k => k.Pair));
    }

    private static bool IsTracking(string key, string value)
    {
        if (key.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)) return true;
        if (key.StartsWith("pk_", StringComparison.OrdinalIgnoreCase)) return true; // Matomo / Piwik campaigns
        if (TrackingKeys.Contains(key)) return true;
        return SourceMarkerKeys.Contains(key) && (value.Length == 0 || SourceMarkerValues.Contains(value.Trim()));
    }
}
