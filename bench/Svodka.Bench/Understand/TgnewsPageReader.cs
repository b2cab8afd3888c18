using System.Net;
using System.Text.RegularExpressions;

namespace Svodka.Bench.Understand;

/// <summary>
/// The tgnews-round1-sample pages read just enough for benchmarks: og:title and the text of
/// <c>&lt;article&gt;</c> with tags stripped. Not an HTML parser: the pages share one simple schema.
/// </summary>
internal static partial class TgnewsPageReader
{
    public sealed record Page(string Title, string Text);

    public static List<Page> ReadAll(string root) =>
        Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(File.ReadAllText(path)))
            .ToList();

    public static Page Parse(string html)
    {
        var title = TitleRegex().Match(html) is { Success: true } t ? WebUtility.HtmlDecode(t.Groups[1].Value) : "";
        var article = ArticleRegex().Match(html);
        var body = article.Success ? article.Groups[1].Value : "";
        body = HeadingRegex().Replace(body, " ");
        body = BlockEndRegex().Replace(body, "\n");
        return new Page(title, WebUtility.HtmlDecode(TagRegex().Replace(body, "")).Trim());
    }

    [GeneratedRegex("<meta property=\"og:title\" content=\"([^\"]*)\"")]
    private static partial Regex TitleRegex();
    [GeneratedRegex(@"<article>(.*?)</article>", RegexOptions.Singleline)]
    private static partial Regex ArticleRegex();
    [GeneratedRegex(@"<h1>.*?</h1>|<address>.*?</address>", RegexOptions.Singleline)]
    private static partial Regex HeadingRegex();
    [GeneratedRegex(@"</(p|h\d|li|blockquote|figcaption)>")]
    private static partial Regex BlockEndRegex();
    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagRegex();
}
