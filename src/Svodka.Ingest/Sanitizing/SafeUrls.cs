using System.Text.RegularExpressions;

namespace Svodka.Ingest.Sanitizing;

/// <summary>
/// Decides which URLs may appear in stored HTML, and makes them absolute. Browsers strip tabs and
/// newlines anywhere in a URL and control characters at its ends before they look at the scheme
/// («jav&amp;#x09;ascript:»), so the same is done here first; then only http(s) (and mailto for
/// links) remains, or a data: image for an &lt;img&gt;.
/// </summary>
internal static partial class SafeUrls
{
    /// <summary>Large inline images are kept, but not without limit.</summary>
    private const int MaxDataImageChars = 256 * 1024;

    public static string? Link(string? value, Uri? baseUrl) => Resolve(value, baseUrl, allowMailto: true);

    public static string? Resource(string? value, Uri? baseUrl) => Resolve(value, baseUrl, allowMailto: false);

    public static string? ImageSource(string? value, Uri? baseUrl)
    {
        var cleaned = Clean(value);
        if (cleaned is null) return null;
        if (cleaned.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return cleaned.Length <= MaxDataImageChars && DataImage().IsMatch(cleaned) ? cleaned : null;
        return Resolve(cleaned, baseUrl, allowMailto: false);
    }

    private static string? Resolve(string? value, Uri? baseUrl, bool allowMailto)
    {
        var cleaned = Clean(value);
        if (cleaned is null) return null;
        if (Uri.TryCreate(cleaned, UriKind.Absolute, out var absolute) && !IsRootedPathMistakenForFile(cleaned, absolute))
            return Allowed(absolute, allowMailto) ? absolute.AbsoluteUri : null;
        if (HasScheme().IsMatch(cleaned)) return null;
        if (baseUrl is not null)
            return Uri.TryCreate(baseUrl, cleaned, out var resolved) && Allowed(resolved, allowMailto) ? resolved.AbsoluteUri : null;
        // Without a base a relative reference stays relative; it has no scheme, so it cannot run code.
        return Uri.TryCreate(cleaned, UriKind.Relative, out _) ? cleaned : null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var span = value.AsSpan().Trim("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f \u00a0\ufeff");
        if (span.IsEmpty) return null;
        var cleaned = span.IndexOfAny('\t', '\n', '\r') >= 0 ? string.Concat(span.ToString().Split('\t', '\n', '\r')) : span.ToString();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static bool Allowed(Uri uri, bool allowMailto) =>
        uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || (allowMailto && uri.Scheme == Uri.UriSchemeMailto);

    /// <summary>On Unix .NET reads "/path" as an absolute file: URI; on a page it is a path on the page's host.</summary>
    private static bool IsRootedPathMistakenForFile(string value, Uri uri) =>
        uri.IsFile && value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:")]
    private static partial Regex HasScheme();

    [GeneratedRegex(@"^data:image/(png|gif|jpe?g|webp|avif|bmp);base64,[A-Za-z0-9+/=\s]+$", RegexOptions.IgnoreCase)]
    private static partial Regex DataImage();
}
