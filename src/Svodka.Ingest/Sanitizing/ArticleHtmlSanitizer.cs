namespace Svodka.Ingest.Sanitizing;

/// <summary>
/// Makes any HTML (an extracted article, a feed's content, a reader's submission) safe to store and show:
/// paragraphs, headings, lists, links, images with alt, figures, quotes and tables survive; scripts,
/// styles, frames, forms, event handlers and script URLs do not. Embedded players of known video hosts
/// become links, tracking pixels go, relative URLs become absolute against <c>baseUrl</c>.
/// Stateless, so one instance serves every thread.
/// </summary>
public sealed class ArticleHtmlSanitizer
{
    public string Sanitize(string html, Uri? baseUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0) return string.Empty;
        return SafeHtmlWriter.Write(HtmlParsing.Fragment(html), baseUrl);
    }
}
