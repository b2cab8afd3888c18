using System.Text.RegularExpressions;

namespace Svodka.Ingest.Feeds;

/// <summary>
/// Makes href and src in feed HTML absolute. Only the parser knows the xml:base in force inside an Atom entry;
/// once the content leaves it as a string, a relative link there would point at the wrong page.
/// </summary>
internal static partial class HtmlUrls
{
    public static string ResolveRelative(string html, Uri? baseUri)
    {
        if (baseUri is null || !baseUri.IsAbsoluteUri || !(html.Contains("href", StringComparison.OrdinalIgnoreCase) || html.Contains("src", StringComparison.OrdinalIgnoreCase)))
            return html;
        return UrlAttribute().Replace(html, match =>
        {
            var value = match.Groups["value"].Value;
            if (value.Length == 0 || value[0] == '#' || Uri.TryCreate(value, UriKind.Absolute, out var absolute) && !absolute.IsFile)
                return match.Value;
            var resolved = FeedUrls.Resolve(baseUri, value);
            return resolved is null || resolved == value ? match.Value
                : $"{match.Groups["space"].Value}{match.Groups["name"].Value}={match.Groups["quote"].Value}{resolved}{match.Groups["quote"].Value}";
        });
    }

    // An attribute inside a tag; text that merely reads ' href="…"' is rare enough in article HTML to accept.
    [GeneratedRegex("""(?<space>\s)(?<name>href|src)\s*=\s*(?<quote>["'])(?<value>[^"'<>]*)\k<quote>""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();
}
