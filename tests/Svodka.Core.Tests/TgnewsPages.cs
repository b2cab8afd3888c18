using System.Net;
using System.Text.RegularExpressions;

namespace Svodka.Core.Tests;

/// <summary>
/// The tgnews-round1-sample pages, read just enough for tests: og:url, og:site_name, og:title and the
/// <c>&lt;article&gt;</c> text with tags stripped. Not an HTML parser; the pages all share one simple schema.
/// </summary>
internal static partial class TgnewsPages
{
    public sealed record Page(string Url, string Site, string Title, string Text);

    public static IEnumerable<Page> Read(string root, int limit = int.MaxValue) =>
        Directory.EnumerateFiles(Path.Combine(root, "data"), "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Take(limit)
            .Select(path => Parse(File.ReadAllText(path)));

    public static Page Parse(string html)
    {
        var article = ArticleRegex().Match(html);
        var body = article.Success ? article.Groups[1].Value : "";
        body = HeadingRegex().Replace(body, " "); // the <h1> repeats the title
        body = BlockEndRegex().Replace(body, "\n");
        body = WebUtility.HtmlDecode(TagRegex().Replace(body, ""));
        return new Page(Meta(html, "og:url"), Meta(html, "og:site_name"), Meta(html, "og:title"), body.Trim());
    }

    private static string Meta(string html, string property)
    {
        var m = Regex.Match(html, $"<meta property=\"{Regex.Escape(property)}\" content=\"([^\"]*)\"");
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : "";
    }

    [GeneratedRegex(@"<article>(.*?)</article>", RegexOptions.Singleline)]
    private static partial Regex ArticleRegex();
    [GeneratedRegex(@"<h1>.*?</h1>|<address>.*?</address>", RegexOptions.Singleline)]
    private static partial Regex HeadingRegex();
    [GeneratedRegex(@"</(p|h\d|li|blockquote|figcaption)>")]
    private static partial Regex BlockEndRegex();
    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagRegex();
}
