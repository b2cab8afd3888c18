using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Svodka.Core.Classify;
using Svodka.Storage.Stories;
using Svodka.Web.Feeds;
using Svodka.Web.Lists;
using Svodka.Web.Rendering;

namespace Svodka.Web.Seo;

/// <summary>
/// /sitemap.xml (the site's sections and its stories of the last week), /news-sitemap.xml (Google News:
/// the stories and articles of the last two days, at most 1000) and /robots.txt pointing at both.
/// </summary>
public static class SitemapEndpoints
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";
    public static readonly TimeSpan NewsWindow = TimeSpan.FromDays(2);
    public const int MaxNewsUrls = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGetOrHead("/robots.txt", (HttpContext context) =>
        {
            var r = PortalRequest.From(context);
            var text = $"User-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: {r.Absolute("/sitemap.xml")}\nSitemap: {r.Absolute("/news-sitemap.xml")}\n";
            return Results.Text(text, "text/plain; charset=utf-8");
        });
        app.MapGetOrHead("/sitemap.xml", SitemapAsync);
        app.MapGetOrHead("/news-sitemap.xml", NewsSitemapAsync);
    }

    private static async Task<IResult> SitemapAsync(HttpContext context, StoryStore stories, CancellationToken ct)
    {
        var r = PortalRequest.From(context);
        var window = await stories.ListAsync(Query(r, r.Now - ListingResolver.ListWindow, StoryQuery.MaxTake), ct);
        var paths = new List<(string Path, DateTimeOffset? Modified)> { ("/", r.Now), ("/today", r.Now), ("/hour", r.Now), ("/regions", null), ("/governors", null), ("/sources", null) };
        paths.AddRange(Rubrics.NewsRubrics.Select(x => ($"/rubric/{x}", (DateTimeOffset?)null)));
        paths.AddRange(r.Vocabulary.Topics.Select(t => ($"/topic/{t.Slug}", (DateTimeOffset?)null)));
        paths.AddRange(r.Vocabulary.Gazetteer.Regions.Select(x => ($"/region/{x.Slug}", (DateTimeOffset?)null)));
        paths.AddRange(window.Select(s => ($"/story/{s.Id}", (DateTimeOffset?)s.Last)));
        return Xml(xml =>
        {
            xml.WriteStartElement("urlset", SitemapNs);
            foreach (var (path, modified) in paths)
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, r.Absolute(path));
                if (modified is { } m) xml.WriteElementString("lastmod", SitemapNs, PortalRequest.Iso(m));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    private static async Task<IResult> NewsSitemapAsync(HttpContext context, StoryStore stories, PortalLists lists, CancellationToken ct)
    {
        var r = PortalRequest.From(context);
        var since = r.Now - NewsWindow;
        var recent = await stories.ListAsync(Query(r, since, MaxNewsUrls), ct);
        var entries = recent.Select(s => ($"/story/{s.Id}", s.Title, s.First)).ToList();
        var (articles, _) = await lists.ArticlesAsync(r.Site, new StoryFilter(since), true, 0, Math.Max(0, MaxNewsUrls - entries.Count), ct);
        entries.AddRange(articles.Select(a => ($"/article/{a.Id}", a.Title, a.Published is { } p && p <= a.ListedAt ? p : a.ListedAt)));
        return Xml(xml =>
        {
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "news", null, NewsNs);
            foreach (var (path, title, published) in entries)
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, r.Absolute(path));
                xml.WriteStartElement("news", "news", NewsNs);
                xml.WriteStartElement("news", "publication", NewsNs);
                xml.WriteElementString("news", "name", NewsNs, FeedXmlText.Clean(r.Site.Name));
                xml.WriteElementString("news", "language", NewsNs, r.Language);
                xml.WriteEndElement();
                xml.WriteElementString("news", "publication_date", NewsNs, published.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                xml.WriteElementString("news", "title", NewsNs, FeedXmlText.Clean(title));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    private static StoryQuery Query(PortalRequest r, DateTimeOffset since, int take) => new()
    {
        Since = since,
        Languages = r.Site.Slice.Languages,
        AnyTags = r.Site.Slice.Tags.Count > 0 && r.Site.Slice.Rubrics.Count == 0 ? r.Site.Slice.Tags : null,
        Take = take,
    };

    private static IResult Xml(Action<XmlWriter> write)
    {
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, FeedXmlText.Settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }
        return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
    }
}
