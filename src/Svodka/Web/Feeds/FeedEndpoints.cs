using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage.Articles;
using Svodka.Storage.Search;
using Svodka.Storage.Stories;
using Svodka.Web.Lists;
using Svodka.Web.Pages;
using Svodka.Web.Rendering;
using Svodka.Web.Search;
using Svodka.Web.Vocabulary;

namespace Svodka.Web.Feeds;

/// <summary>
/// RSS 2.0, Atom 1.0 and JSON Feed 1.1 for every listing: LISTING/rss, LISTING/atom, LISTING/feed.json, where
/// LISTING is "" (home), /rubric/x, /topic/x, /region/x, /country/x, /person/x, /source/x, /story/N, /search
/// (?q=…). Entries are the listing's newest articles. Conditional GET comes from <see cref="Freshness.ConditionalGet"/>.
/// </summary>
public static class FeedEndpoints
{
    public const int EntryCount = 30;

    private sealed record Format(string Suffix, string ContentType, Action<Stream, FeedChannel> Write);

    private static readonly Format[] Formats =
    [
        new("rss", "application/rss+xml; charset=utf-8", RssFeedWriter.Write),
        new("atom", "application/atom+xml; charset=utf-8", AtomFeedWriter.Write),
        new("feed.json", "application/feed+json; charset=utf-8", JsonFeedWriter.Write),
    ];

    /// <summary>What a feed is made of: the listing's name and page, and its articles.</summary>
    private sealed record FeedContent(string Title, string Description, string PagePath, IReadOnlyList<ArticleRecord> Articles);

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var format in Formats)
        {
            var f = format;
            app.MapGetOrHead($"/{f.Suffix}", (HttpContext c, CancellationToken ct) =>
                FeedAsync(c, f, r => ListingContentAsync(c, r, c.Service<ListingResolver>().Home(r), ct)));
            app.MapGetOrHead($"/rubric/{{slug}}/{f.Suffix}", (HttpContext c, string slug, CancellationToken ct) =>
                FeedAsync(c, f, r => ListingContentAsync(c, r, ListingResolver.Rubric(r, slug), ct)));
            app.MapGetOrHead($"/topic/{{slug}}/{f.Suffix}", (HttpContext c, string slug, CancellationToken ct) =>
                FeedAsync(c, f, r => ListingContentAsync(c, r, ListingResolver.Topic(r, slug), ct)));
            app.MapGetOrHead($"/region/{{slug}}/{f.Suffix}", (HttpContext c, string slug, CancellationToken ct) =>
                FeedAsync(c, f, r => ListingContentAsync(c, r, ListingResolver.Region(r, slug), ct)));
            app.MapGetOrHead($"/country/{{slug}}/{f.Suffix}", (HttpContext c, string slug, CancellationToken ct) =>
                FeedAsync(c, f, r => ListingContentAsync(c, r, ListingResolver.Country(r, slug), ct)));
            app.MapGetOrHead($"/person/{{slug}}/{f.Suffix}", (HttpContext c, string slug, CancellationToken ct) =>
                FeedAsync(c, f, r => ListingContentAsync(c, r, ListingResolver.Person(r, slug), ct)));
            app.MapGetOrHead($"/source/{{slug}}/{f.Suffix}", (HttpContext c, string slug, CancellationToken ct) =>
                FeedAsync(c, f, async r => await ListingContentAsync(c, r, await c.Service<ListingResolver>().SourceAsync(r, slug, ct), ct)));
            app.MapGetOrHead($"/story/{{id:long}}/{f.Suffix}", (HttpContext c, long id, CancellationToken ct) =>
                FeedAsync(c, f, r => StoryContentAsync(c, r, id, ct)));
            app.MapGetOrHead($"/search/{f.Suffix}", (HttpContext c, CancellationToken ct) =>
                FeedAsync(c, f, r => SearchContentAsync(c, r, ct)));
        }
    }

    private static async Task<IResult> FeedAsync(HttpContext context, Format format, Func<PortalRequest, Task<FeedContent?>> load)
    {
        var r = PortalRequest.From(context);
        var content = await load(r);
        if (content is null) return PageEndpoints.NotFound(context);
        var channel = Channel(r, content, r.Absolute(context.Request.Path + context.Request.QueryString));
        var buffer = new MemoryStream();
        format.Write(buffer, channel);
        return Results.Bytes(buffer.ToArray(), format.ContentType);
    }

    private static async Task<FeedContent?> ListingContentAsync(HttpContext context, PortalRequest r, Listing? listing, CancellationToken ct)
    {
        if (listing is null) return null;
        var (articles, _) = await context.Service<PortalLists>().ArticlesAsync(r.Site, listing.Filter, listing.ArticlesInPeriod, 0, EntryCount, ct);
        var title = listing.Path == "/" ? r.Site.Name : $"{listing.Heading} — {r.Site.Name}";
        return new FeedContent(title, listing.Description, listing.Path, articles);
    }

    private static async Task<FeedContent?> StoryContentAsync(HttpContext context, PortalRequest r, long id, CancellationToken ct)
    {
        var stories = context.Service<StoryStore>();
        if (await stories.MergedIntoAsync(id, ct) is { } into) id = into;
        var detail = await stories.GetAsync(id, ct);
        if (detail is null || detail.Story.Hidden) return null;
        var articles = detail.Articles.OrderByDescending(a => a.ListedAt).ThenByDescending(a => a.Id).Take(EntryCount).ToList();
        return new FeedContent($"{detail.Story.Title} — {r.Site.Name}", PageEndpoints.Describe(detail.Story.Lead, detail.Story.Title), $"/story/{id}", articles);
    }

    private static async Task<FeedContent?> SearchContentAsync(HttpContext context, PortalRequest r, CancellationToken ct)
    {
        var form = SearchForm.Read(context.Request.Query);
        var articles = new List<ArticleRecord>();
        if (form.Query.Length > 0)
        {
            var request = await PageEndpoints.SearchRequestAsync(r, form, context.Service<SourceDirectory>(), 0, EntryCount, ct);
            var page = await context.Service<ArticleSearch>().SearchAsync(request, ct);
            articles.AddRange(page.Groups.SelectMany(g => g.Articles).Take(EntryCount));
        }
        var title = $"{r.Ui.Search}: {form.Query}";
        return new FeedContent($"{title} — {r.Site.Name}", title, $"/search?{form.QueryString}", articles);
    }

    private static FeedChannel Channel(PortalRequest r, FeedContent content, string selfUrl)
    {
        var entries = content.Articles.Select(a =>
        {
            var url = r.Absolute($"/article/{a.Id}");
            var rubric = a.Analysis?.Rubric is { } rb && PortalVocabulary.IsRubric(rb) ? PortalVocabulary.RubricName(rb, r.Language) : null;
            var categories = new List<string>();
            if (rubric is not null) categories.Add(rubric);
            categories.AddRange((a.Analysis?.Tags ?? []).Where(t => t.Kind != Core.Model.TagKind.Topic).Select(t => t.Name).Take(5));
            var published = a.Published is { } p && p <= a.ListedAt ? p : a.ListedAt;
            return new FeedEntry(url, Uri.TryCreate(a.Url, UriKind.Absolute, out var original) && original.Scheme is "http" or "https" ? original.AbsoluteUri : url,
                a.Title, PageEndpoints.Describe(a.Summary ?? a.Text, a.Title), published, a.Updated is { } u && u > published ? u : published,
                a.Sources.Count > 0 ? a.Sources[0].Title : null, categories.Distinct().ToList(),
                Uri.TryCreate(a.ImageUrl, UriKind.Absolute, out var image) && image.Scheme is "http" or "https" ? image.AbsoluteUri : null,
                a.Analysis?.Language ?? a.Language ?? r.Language);
        }).ToList();
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : r.Now;
        return new FeedChannel(content.Title, content.Description, r.Absolute(content.PagePath), selfUrl, r.Language, updated,
            r.Site.Name, r.Absolute($"/static/logos/{r.Site.Logo}"), entries);
    }

    private static T Service<T>(this HttpContext context) where T : notnull => context.RequestServices.GetRequiredService<T>();
}
