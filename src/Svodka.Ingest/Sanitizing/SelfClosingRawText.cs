using System.Text.RegularExpressions;

namespace Svodka.Ingest.Sanitizing;

/// <summary>
/// Pages generated as XHTML write <c>&lt;iframe src="…"/&gt;</c>. HTML ignores the slash, and the
/// element's raw text then runs to the next <c>&lt;/iframe&gt;</c>, which can be the end of the page:
/// the whole article would vanish into an invisible frame. Such tags are closed where they stand.
/// </summary>
internal static partial class SelfClosingRawText
{
    public static string Close(string html) =>
        html.Contains("/>", StringComparison.Ordinal) ? Tag().Replace(html, "<$1$2></$1>") : html;

    [GeneratedRegex(@"<(iframe|script|style|textarea|title|noscript|noembed|noframes|xmp)(\s[^<>]*?)?/>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Tag();
}
