using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Svodka.Ingest.Sanitizing;

namespace Svodka.Ingest.Extraction.Metadata;

/// <summary>
/// Reads title, times, author, lead image, description, canonical URL, site name and declared language
/// from the places pages put them, most reliable first: JSON-LD and Open Graph / article: meta tags,
/// then microdata, plain meta names, &lt;time&gt; elements, dates written near the headline, the URL.
/// </summary>
internal static partial class PageMetadataReader
{
    private static readonly Lazy<TimeZoneInfo> Moscow = new(() =>
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Without tzdata: Moscow has kept UTC+3 all year since 2014.
            return TimeZoneInfo.CreateCustomTimeZone("MSK", TimeSpan.FromHours(3), "Moscow", "MSK");
        }
    });

    public static PageMetadata Read(IDocument document, Uri pageUrl, ExtractionOptions options, out TimeZoneInfo siteZone)
    {
        var meta = new MetaTags(document);
        var jsonLd = JsonLdArticle.Find(document);

        var siteName = Clean(meta.Get("og:site_name", "application-name", "al:android:app_name") ?? jsonLd?.Publisher);
        var h1 = document.QuerySelector("h1")?.TextContent;
        var rawTitle = jsonLd?.Headline ?? meta.Get("og:title", "twitter:title") ?? meta.ItemProp("headline") ?? document.Title ?? h1;
        var title = TitleCleaner.Clean(rawTitle, siteName, pageUrl, h1);
        var language = Language(document.DocumentElement.GetAttribute("lang") ?? document.DocumentElement.GetAttribute("xml:lang")
                                ?? meta.Get("content-language", "language", "dc.language") ?? jsonLd?.Language ?? meta.Get("og:locale"));
        siteZone = options.SiteTimeZone ?? ZoneFor(language, title);

        var published = FirstDate(siteZone, jsonLd?.DatePublished, meta.Get("article:published_time", "og:published_time", "published_time"),
                            meta.ItemProp("datePublished"),
                            meta.Get("pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
                                "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
                                "publication_date", "mediator_published_time", "citation_publication_date", "datePublished"))
                        ?? TimeElement(document, siteZone)
                        ?? WrittenNearHeadline(document, siteZone)
                        ?? ArticleDates.FromUrl(pageUrl.AbsoluteUri, siteZone);
        var modified = FirstDate(siteZone, jsonLd?.DateModified, meta.Get("article:modified_time", "og:updated_time", "modified_time"),
            meta.ItemProp("dateModified"), meta.Get("last-modified", "dcterms.modified", "article.updated"));

        return new PageMetadata
        {
            CanonicalUrl = SafeUrls.Resource(meta.Link("canonical"), pageUrl) ?? SafeUrls.Resource(meta.Get("og:url"), pageUrl)
                           ?? SafeUrls.Resource(jsonLd?.Url, pageUrl),
            SiteName = siteName,
            Title = title,
            Published = published,
            Modified = modified,
            Author = Author(jsonLd?.Author ?? meta.Get("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")
                            ?? meta.ItemProp("author") ?? document.QuerySelector("a[rel~=author]")?.TextContent),
            LeadImage = SafeUrls.Resource(meta.Get("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"), pageUrl)
                        ?? SafeUrls.Resource(jsonLd?.Image, pageUrl) ?? SafeUrls.Resource(meta.Link("image_src"), pageUrl),
            Description = Clean(meta.Get("og:description", "description", "twitter:description") ?? jsonLd?.Description),
            Language = language,
            ArticleBody = jsonLd?.ArticleBody,
        };
    }

    private static TimeZoneInfo ZoneFor(string? language, string? title)
    {
        if (language is not null) return language.StartsWith("ru", StringComparison.Ordinal) ? Moscow.Value : TimeZoneInfo.Utc;
        var letters = title?.Where(char.IsLetter).ToList() ?? [];
        var cyrillic = letters.Count(c => c is >= '\u0400' and <= '\u04FF');
        return letters.Count > 0 && cyrillic * 2 > letters.Count ? Moscow.Value : TimeZoneInfo.Utc;
    }

    private static DateTimeOffset? FirstDate(TimeZoneInfo zone, params string?[] values)
    {
        foreach (var v in values)
            if (ArticleDates.ParseMachine(v, zone) is { } d) return d;
        return null;
    }

    private static DateTimeOffset? TimeElement(IDocument document, TimeZoneInfo zone)
    {
        var times = document.QuerySelectorAll("time[datetime]").Take(10).ToList();
        var preferred = times.FirstOrDefault(t => t.HasAttribute("pubdate") || (t.GetAttribute("itemprop") ?? "").Contains("datePublished"));
        foreach (var t in preferred is null ? times : [preferred, .. times])
            if (ArticleDates.ParseMachine(t.GetAttribute("datetime"), zone) is { } d) return d;
        return null;
    }

    /// <summary>«24 ноября 2026, 14:05» in a small element whose class says it is a date, near the top.</summary>
    private static DateTimeOffset? WrittenNearHeadline(IDocument document, TimeZoneInfo zone)
    {
        var body = document.Body;
        if (body is null) return null;
        var seen = 0;
        foreach (var element in body.QuerySelectorAll("time, [class*=date], [class*=time], [class*=publish], [id*=date], [class*=meta], [class*=byline]"))
        {
            if (++seen > 40) break;
            var text = element.TextContent;
            if (text.Length is 0 or > 120) continue;
            if (ArticleDates.ParseWritten(text, zone) is { } d) return d;
        }
        return null;
    }

    private static string? Author(string? raw)
    {
        var s = Clean(raw);
        if (s is null || s.StartsWith("http", StringComparison.OrdinalIgnoreCase) || s.Length > 120) return null;
        s = AuthorPrefix().Replace(s, "");
        return s.Length == 0 ? null : s;
    }

    private static string? Language(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = raw.Split(',')[0].Trim().Replace('_', '-').ToLowerInvariant();
        return LanguageTag().IsMatch(s) ? s : null;
    }

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var collapsed = string.Join(' ', System.Net.WebUtility.HtmlDecode(s).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    [GeneratedRegex(@"^(?:автор(?:ы)?|by|von|текст|фото)\s*[:\-—]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorPrefix();

    [GeneratedRegex(@"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
