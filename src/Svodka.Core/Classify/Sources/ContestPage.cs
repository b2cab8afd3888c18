using System.Net;
using System.Text.RegularExpressions;

namespace Svodka.Core.Classify.Sources;

/// <summary>
/// An article page in the Telegram Data Clustering Contest input format (og:url, og:site_name and og:title meta
/// tags; the body in one <c>&lt;article&gt;</c>), read with a few patterns: the format is fixed and simple,
/// and this keeps the reader free of an HTML parser. The <c>&lt;h1&gt;</c> (it repeats the title) and the
/// <c>&lt;address&gt;</c> (date and author) are left out of the text.
/// </summary>
public sealed partial record ContestPage(string Url, string Site, string Title, string Text)
{
    /// <summary>Pages beyond this size are read only this far: a page is a few kilobytes, a runaway file is not a page.</summary>
    private const int MaxHtmlChars = 2_000_000;

    public static ContestPage Parse(string html)
    {
        if (html.Length > MaxHtmlChars) html = html[..MaxHtmlChars];
        var article = ArticleRegex().Match(html);
        var body = article.Success ? article.Groups[1].Value : "";
        body = HeadingRegex().Replace(body, " ");
        body = BlockEndRegex().Replace(body, "\n");
        body = WebUtility.HtmlDecode(TagRegex().Replace(body, " "));
        body = SpacesRegex().Replace(body, " ");
        return new ContestPage(Meta(html, "og:url"), Meta(html, "og:site_name"), Meta(html, "og:title"), body.Trim());
    }

    private static string Meta(string html, string property)
    {
        foreach (Match m in MetaRegex().Matches(html))
            if (m.Groups[1].Value == property) return WebUtility.HtmlDecode(m.Groups[2].Value).Trim();
        return "";
    }

    [GeneratedRegex("<meta\\s+property=\"([^\"]+)\"\\s+content=\"([^\"]*)\"")]
    private static partial Regex MetaRegex();
    [GeneratedRegex(@"<article[^>]*>(.*?)</article>", RegexOptions.Singleline)]
    private static partial Regex ArticleRegex();
    [GeneratedRegex(@"<h1[^>]*>.*?</h1>|<address[^>]*>.*?</address>", RegexOptions.Singleline)]
    private static partial Regex HeadingRegex();
    [GeneratedRegex(@"</(p|h\d|li|blockquote|figcaption)>")]
    private static partial Regex BlockEndRegex();
    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagRegex();
    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex SpacesRegex();
}
