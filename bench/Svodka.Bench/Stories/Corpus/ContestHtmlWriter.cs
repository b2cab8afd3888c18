using System.Net;
using System.Text;

namespace Svodka.Bench.Stories.Corpus;

/// <summary>Writes a generated article as a contest file (the schema of tgcontest-toloka/example1.html).</summary>
internal static class ContestHtmlWriter
{
    public static string Html(GeneratedArticle a)
    {
        var time = a.Published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder(2048);
        sb.Append("<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\"/>\n");
        Meta(sb, "og:url", a.Url);
        Meta(sb, "og:site_name", a.Outlet);
        Meta(sb, "article:published_time", time);
        Meta(sb, "og:title", a.Title);
        Meta(sb, "og:description", a.Description);
        sb.Append("  </head>\n  <body>\n    <article>\n      <h1>").Append(WebUtility.HtmlEncode(a.Title)).Append("</h1>\n");
        sb.Append("      <address><time datetime=\"").Append(time).Append("\">").Append(time).Append("</time></address>\n");
        foreach (var p in a.Paragraphs) sb.Append("      <p>").Append(WebUtility.HtmlEncode(p)).Append("</p>\n");
        sb.Append("    </article>\n  </body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Where the contest puts a file: YYYYMMDD/HH/id.html by publication hour.</summary>
    public static string RelativePath(GeneratedArticle a) =>
        Path.Combine(a.Published.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            a.Published.UtcDateTime.ToString("HH", System.Globalization.CultureInfo.InvariantCulture), $"{a.Id}.html");

    private static void Meta(StringBuilder sb, string property, string content) =>
        sb.Append("    <meta property=\"").Append(property).Append("\" content=\"").Append(WebUtility.HtmlEncode(content)).Append("\"/>\n");
}
