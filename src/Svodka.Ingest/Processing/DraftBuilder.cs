using Svodka.Core.Dedup;
using Svodka.Core.Model;
using Svodka.Core.Urls;
using Svodka.Ingest.Extraction;
using Svodka.Ingest.Feeds;
using Svodka.Ingest.Sanitizing;

namespace Svodka.Ingest.Processing;

/// <summary>Turns a parsed feed item into an article draft: safe HTML, clean text, de-duplication keys.</summary>
public sealed class DraftBuilder(ArticleHtmlSanitizer sanitizer)
{
    // Some feeds put the whole article into <description>: past this much text it is the body, not a teaser.
    private const int SummaryIsBodyChars = 600;
    private const int MaxTitleChars = 300;

    /// <summary>The draft, or null with the reason when the item cannot become an article (no link, no title).</summary>
    public ArticleDraft? Build(ParsedItem item, ParsedFeed feed, Uri feedUrl, out string? skipped)
    {
        skipped = null;
        var link = item.Link ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var idUrl) ? idUrl.AbsoluteUri : null);
        var canonical = CanonicalUrl.TryNormalize(link);
        if (link is null || canonical is null)
        {
            skipped = $"item «{Shorten(item.Title ?? item.Id ?? "?", 60)}» has no http(s) link";
            return null;
        }

        var summaryText = Clean(item.Summary);
        var bodyHtml = item.ContentHtml;
        if (string.IsNullOrWhiteSpace(bodyHtml) && summaryText is { Length: > SummaryIsBodyChars }) bodyHtml = item.Summary;
        var text = Clean(bodyHtml);

        var title = item.Title is { Length: > 0 } ? Shorten(item.Title.Trim(), MaxTitleChars) : FirstWords(summaryText ?? text);
        if (string.IsNullOrWhiteSpace(title))
        {
            skipped = $"item {link} has neither a title nor text";
            return null;
        }

        var baseUri = Uri.TryCreate(link, UriKind.Absolute, out var linkUri) ? linkUri : feedUrl;
        return new ArticleDraft
        {
            ItemId = string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim(),
            Url = link,
            CanonicalUrl = canonical,
            Title = title,
            Published = item.Published ?? item.Updated,
            Updated = item.Updated,
            Author = string.IsNullOrWhiteSpace(item.Author) ? null : Shorten(item.Author.Trim(), 200),
            Summary = summaryText is null ? null : Shorten(summaryText, 2000),
            ContentHtml = string.IsNullOrWhiteSpace(bodyHtml) ? null : sanitizer.Sanitize(bodyHtml, baseUri),
            Text = text,
            Language = NormalizeLanguage(feed.Language),
            ImageUrl = item.ImageUrl ?? item.Enclosures.FirstOrDefault(e => e.Type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)?.Url,
            Categories = item.Categories.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().Take(20).ToList(),
            ContentHash = ContentHash.Compute(title, text ?? summaryText),
        };
    }

    private static string? Clean(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var text = PlainText.RepairGluedSentences(PlainText.FromHtml(html)).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>"ru-RU", "RU", "ru_ru" → "ru"; the declared language only, detection comes later.</summary>
    private static string? NormalizeLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var code = language.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is >= 2 and <= 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private static string? FirstWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var firstLine = text.Split('\n', 2)[0];
        return Shorten(firstLine, 120);
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]) + "…";
    }
}
