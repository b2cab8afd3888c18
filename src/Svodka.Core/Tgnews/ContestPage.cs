using System.Globalization;

namespace Svodka.Core.Tgnews;

/// <summary>
/// One article in the Telegram Data Clustering Contest's input format: meta tags og:url, og:site_name,
/// article:published_time, og:title, og:description in the head, and an <c>&lt;article&gt;</c> whose
/// <c>&lt;p&gt;</c>s hold the text. <see cref="Name"/> is the file's base name, which the contest's
/// outputs list.
/// </summary>
public sealed record ContestPage(
    string Name, string Url, string SiteName, DateTimeOffset Published, string Title, string Description, string Text)
{
    /// <summary>Below this many characters of text, the description stands in for it (or leads it).</summary>
    private const int ShortText = 200;

    /// <summary>
    /// What the analysis reads as the article: its text, led by the description when the text is short or missing
    /// (some outlets put the lead only there) and does not already start with it.
    /// </summary>
    public string Body =>
        Text.Length >= ShortText || Description.Length == 0 || Text.StartsWith(Description, StringComparison.Ordinal) ? Text
        : Text.Length == 0 ? Description
        : Description + "\n\n" + Text;

    /// <summary>
    /// Reads a page leniently (unclosed and nested <c>&lt;p&gt;</c>s, attributes in any order and quoting,
    /// entities), and throws <see cref="FormatException"/> naming the file when it is not a contest page:
    /// no title, or no publication time.
    /// </summary>
    public static ContestPage Parse(string html, string fileName)
    {
        ArgumentNullException.ThrowIfNull(html);
        var name = BaseName(fileName);
        if (html.Length == 0) throw new FormatException($"{fileName}: empty file");

        var meta = ContestHtml.MetaTags(html);
        var bodyRange = ContestHtml.ArticleBody(html);
        var body = bodyRange is { } r ? html.AsSpan(r) : html.AsSpan();
        var title = Clean(meta.GetValueOrDefault("og:title")) is { Length: > 0 } t ? t : Clean(ContestHtml.FirstElementText(body, "h1"));
        if (title.Length == 0)
            throw new FormatException($"{fileName}: not a contest page (no og:title meta tag and no <h1>)");

        var time = meta.GetValueOrDefault("article:published_time") ?? ContestHtml.TimeDatetime(body);
        if (time is null || !DateTimeOffset.TryParse(time.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published))
            throw new FormatException($"{fileName}: no readable publication time (article:published_time is {(time is null ? "missing" : $"\"{time}\"")})");

        var url = Clean(meta.GetValueOrDefault("og:url"));
        var site = Clean(meta.GetValueOrDefault("og:site_name"));
        if (site.Length == 0 && Uri.TryCreate(url, UriKind.Absolute, out var uri)) site = uri.Host;
        var text = bodyRange is null ? "" : string.Join("\n\n", ContestHtml.Paragraphs(body));
        return new ContestPage(name, url, site, published.ToUniversalTime(), title, Clean(meta.GetValueOrDefault("og:description")), text);
    }

    private static string Clean(string? s) => s is null ? "" : System.Net.WebUtility.HtmlDecode(s).Trim();

    /// <summary>The file name without folders and extension: "1234.html" → "1234".</summary>
    private static string BaseName(string fileName)
    {
        var slash = fileName.LastIndexOfAny(['/', '\\']);
        var file = slash >= 0 ? fileName[(slash + 1)..] : fileName;
        return file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? file[..^5] : file;
    }
}
