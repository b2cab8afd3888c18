using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Svodka.Core.Model;
using Svodka.Storage.Articles;
using Svodka.Storage.Portal;
using Svodka.Storage.Search;
using Svodka.Storage.Stories;
using Svodka.Web.Lists;
using Svodka.Web.Ranking;
using Svodka.Web.Rendering;
using Svodka.Web.Search;

namespace Svodka.Web.Pages;

/// <summary>The HTML pages: each route loads what its page shows and hands it to the page's component.</summary>
public static class PageEndpoints
{
    public const int PageSize = 20;
    private const int RelatedCount = 8;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGetOrHead("/", HomeAsync);
        app.MapGetOrHead("/hour", (HttpContext c, ListingResolver l, PortalLists lists, CancellationToken ct) =>
            ListingAsync(c, lists, l.Hour(PortalRequest.From(c)), ct));
        app.MapGetOrHead("/today", (HttpContext c, ListingResolver l, PortalLists lists, CancellationToken ct) =>
            ListingAsync(c, lists, l.Today(PortalRequest.From(c)), ct));
        app.MapGetOrHead("/day/{date}", (HttpContext c, string date, ListingResolver l, PortalLists lists, CancellationToken ct) =>
            DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? ListingAsync(c, lists, l.Day(PortalRequest.From(c), day), ct)
                : Task.FromResult(NotFound(c)));
        app.MapGetOrHead("/rubric/{slug}", (HttpContext c, string slug, PortalLists lists, CancellationToken ct) =>
            ListingAsync(c, lists, ListingResolver.Rubric(PortalRequest.From(c), slug), ct));
        app.MapGetOrHead("/topic/{slug}", (HttpContext c, string slug, PortalLists lists, CancellationToken ct) =>
            ListingAsync(c, lists, ListingResolver.Topic(PortalRequest.From(c), slug), ct));
        app.MapGetOrHead("/region/{slug}", (HttpContext c, string slug, PortalLists lists, CancellationToken ct) =>
            ListingAsync(c, lists, ListingResolver.Region(PortalRequest.From(c), slug), ct));
        app.MapGetOrHead("/country/{slug}", (HttpContext c, string slug, PortalLists lists, CancellationToken ct) =>
            ListingAsync(c, lists, ListingResolver.Country(PortalRequest.From(c), slug), ct));
        app.MapGetOrHead("/person/{slug}", (HttpContext c, string slug, PortalLists lists, CancellationToken ct) =>
            ListingAsync(c, lists, ListingResolver.Person(PortalRequest.From(c), slug), ct));
        app.MapGetOrHead("/source/{slug}", async (HttpContext c, string slug, ListingResolver l, PortalLists lists, CancellationToken ct) =>
            await ListingAsync(c, lists, await l.SourceAsync(PortalRequest.From(c), slug, ct), ct));
        app.MapGetOrHead("/story/{id:long}", StoryAsync);
        app.MapGetOrHead("/article/{id:long}", ArticleAsync);
        app.MapGetOrHead("/regions", RegionsAsync);
        app.MapGetOrHead("/governors", GovernorsAsync);
        app.MapGetOrHead("/sources", SourcesAsync);
        app.MapGetOrHead("/search", SearchAsync);
    }

    public static IResult NotFound(HttpContext context)
    {
        var r = PortalRequest.From(context);
        return Page<ErrorPage>(new { R = r, Meta = new PageMeta { Title = r.Ui.NotFoundTitle, Description = r.Ui.NotFoundText, Path = context.Request.Path, NoIndex = true }, Text = r.Ui.NotFoundText }, 404);
    }

    public static IResult ServerError(HttpContext context)
    {
        var r = PortalRequest.From(context);
        return Page<ErrorPage>(new { R = r, Meta = new PageMeta { Title = r.Ui.ErrorTitle, Description = r.Ui.ErrorText, Path = "/", NoIndex = true }, Text = r.Ui.ErrorText }, 500);
    }

    private static async Task<IResult> HomeAsync(HttpContext context, ListingResolver listings, PortalLists lists, CancellationToken ct)
    {
        var r = PortalRequest.From(context);
        var listing = listings.Home(r);
        var page = Paging.Read(context.Request.Query["page"]);
        var (top, _) = await lists.StoriesAsync(r.Site, listing.Filter, r.Now, 0, PageSize, ct);
        var (articles, more) = await lists.ArticlesAsync(r.Site, listing.Filter, false, (page - 1) * PageSize, PageSize, ct);
        var regions = r.Site.Slice.Regions.Count > 0
            ? r.Site.Slice.Regions.Select(r.Vocabulary.Gazetteer.Region).OfType<Svodka.Core.Entities.Region>().ToList()
            : HomeRegions.Select(r.Vocabulary.Gazetteer.Region).OfType<Svodka.Core.Entities.Region>().ToList();
        var meta = new PageMeta { Title = r.Ui.Latest, Description = r.Site.Tagline, Path = Paging.Link("/", page), FeedPrefix = "" };
        return Page<HomePage>(new { R = r, Meta = meta, Top = top, Articles = articles, ArticlesPaging = new Paging(page, PageSize, more), Regions = regions });
    }

    /// <summary>Regions a general site links from its home page: the ones most news is about.</summary>
    private static readonly string[] HomeRegions =
        ["moskva", "moskovskaya-oblast", "sankt-peterburg", "krasnodarskiy-kray", "respublika-krym", "sevastopol",
         "sverdlovskaya-oblast", "respublika-tatarstan", "novosibirskaya-oblast", "primorskiy-kray"];

    private static async Task<IResult> ListingAsync(HttpContext context, PortalLists lists, Listing? listing, CancellationToken ct)
    {
        if (listing is null) return NotFound(context);
        var r = PortalRequest.From(context);
        var page = Paging.Read(context.Request.Query["page"]);
        var (stories, moreStories) = await lists.StoriesAsync(r.Site, listing.Filter, r.Now, (page - 1) * PageSize, PageSize, ct);
        // With stories the page numbers page through them and the latest articles stay the newest ones;
        // without (before the story worker has run, or a quiet list) they page through the articles.
        var articlesSkip = stories.Count > 0 || page == 1 ? 0 : (page - 1) * PageSize;
        var (articles, moreArticles) = await lists.ArticlesAsync(r.Site, listing.Filter, listing.ArticlesInPeriod, articlesSkip, PageSize, ct);
        var paging = new Paging(page, PageSize, stories.Count > 0 ? moreStories : moreArticles);
        if (page > 1 && stories.Count == 0 && articles.Count == 0) return NotFound(context);
        var meta = new PageMeta
        {
            Title = listing.Heading, Description = listing.Description, Path = Paging.Link(listing.Path, page),
            Crumbs = listing.Crumbs, FeedPrefix = listing.Path,
        };
        return Page<ListingPage>(new { R = r, Meta = meta, Listing = listing, Stories = stories, Articles = articles, StoriesPaging = paging });
    }

    private static async Task<IResult> StoryAsync(HttpContext context, long id, StoryStore stories, PortalReads reads, PortalLists lists, CancellationToken ct)
    {
        var found = await stories.PageAsync(id, ct);
        if (found?.MergedInto is { } into) return Results.Redirect($"/story/{into}", permanent: true);
        if (found?.Page is not { } detail || detail.Story.Hidden) return NotFound(context);
        var r = PortalRequest.From(context);
        var story = detail.Story;
        var tags = StoryTags(story.Tags);
        var related = await RelatedAsync(r, lists, story.Tags.Select(t => (t.Kind, t.Slug)).ToList(), story.Id, ct);
        var path = $"/story/{story.Id}";
        var meta = new PageMeta
        {
            Title = story.Title,
            Description = Describe(story.Lead, story.Title),
            Path = path,
            Crumbs = Crumbs(r, story.Rubric, new Crumb(story.Title, path)),
            FeedPrefix = path,
            OgType = "article",
            ImageUrl = detail.Articles.Select(a => a.ImageUrl).FirstOrDefault(SafeImage),
            Article = new NewsArticleData(story.Title, Describe(story.Lead, story.Title), story.First, story.Last,
                story.Sources.Select(s => s.Title).ToList(), detail.Articles.Select(a => a.ImageUrl).FirstOrDefault(SafeImage),
                story.Rubric is { } rb ? Vocabulary.PortalVocabulary.RubricName(rb, r.Language) : null),
        };
        return Page<StoryPage>(new { R = r, Meta = meta, Story = detail, Tags = tags, Related = related });
    }

    private static async Task<IResult> ArticleAsync(HttpContext context, long id, ArticleStore articles, PortalReads reads, PortalLists lists,
        Submissions.ReaderSource readers, CancellationToken ct)
    {
        var article = await articles.GetAsync(id, ct);
        if (article is null) return NotFound(context);
        var r = PortalRequest.From(context);
        var storyId = await reads.StoryOfArticleAsync(id, ct);
        var story = storyId is { } sid ? (await reads.StoriesAsync([sid], ct)).FirstOrDefault() : null;
        var articleTags = article.Analysis?.Tags ?? [];
        var tags = articleTags.Where(t => t.Confidence >= 0.5 || t.Kind != TagKind.Topic)
            .Select(t => (t.Kind, t.Slug, Name: TagName(r, t.Kind, t.Slug, t.Name))).DistinctBy(t => (t.Kind, t.Slug)).ToList();
        var related = await RelatedAsync(r, lists, articleTags.Where(t => t.Kind != TagKind.Topic).Select(t => (t.Kind, t.Slug)).ToList(), storyId, ct);
        var path = $"/article/{article.Id}";
        var description = Describe(article.Summary ?? article.Text, article.Title);
        var rubric = article.Analysis?.Rubric;
        var meta = new PageMeta
        {
            Title = article.Title,
            Description = description,
            Path = path,
            Crumbs = Crumbs(r, rubric, new Crumb(article.Title, path)),
            FeedPrefix = story is not null ? $"/story/{story.Id}" : "",
            OgType = "article",
            ImageUrl = SafeImage(article.ImageUrl) ? article.ImageUrl : null,
            Article = new NewsArticleData(article.Title, description, article.Published ?? article.ListedAt, article.Updated ?? article.Published ?? article.ListedAt,
                article.Sources.Select(s => s.Title).ToList(), SafeImage(article.ImageUrl) ? article.ImageUrl : null,
                rubric is not null && Vocabulary.PortalVocabulary.IsRubric(rubric) ? Vocabulary.PortalVocabulary.RubricName(rubric, r.Language) : null),
        };
        var fromReader = await readers.FindIdAsync(ct) is { } readerId && article.Sources.Any(s => s.SourceId == readerId);
        return Page<ArticlePage>(new { R = r, Meta = meta, Article = article, Story = story, Tags = tags, Related = related, FromReader = fromReader });
    }

    private static async Task<IResult> RegionsAsync(HttpContext context, PortalReads reads, CancellationToken ct)
    {
        var r = PortalRequest.From(context);
        var counts = await reads.StoryCountsByTagAsync(TagKind.Region, r.Now - ListingResolver.ListWindow, r.Site.Slice.Languages, ct);
        var meta = new PageMeta
        {
            Title = r.Ui.Regions,
            Description = r.Language == "ru" ? "Новости всех регионов России по федеральным округам" : "News of every region of Russia, by federal district",
            Path = "/regions", Crumbs = [new Crumb(r.Ui.Regions, "/regions")],
        };
        return Page<RegionsPage>(new { R = r, Meta = meta, Counts = counts });
    }

    private static async Task<IResult> GovernorsAsync(HttpContext context, PortalReads reads, CancellationToken ct)
    {
        var r = PortalRequest.From(context);
        var latest = await reads.LatestStoryPerPersonAsync(r.Vocabulary.Governors.Select(g => g.Governor.Slug).ToList(), r.Now - ListingResolver.PersonWindow, ct);
        var meta = new PageMeta
        {
            Title = r.Ui.Governors,
            Description = r.Language == "ru" ? "Губернаторы всех регионов России и последние новости о каждом" : "The governor of every Russian region and the latest story about each",
            Path = "/governors", Crumbs = [new Crumb(r.Ui.Governors, "/governors")],
        };
        return Page<GovernorsPage>(new { R = r, Meta = meta, Latest = latest });
    }

    private static async Task<IResult> SourcesAsync(HttpContext context, SourceDirectory sources, CancellationToken ct)
    {
        var r = PortalRequest.From(context);
        var meta = new PageMeta
        {
            Title = r.Ui.Sources,
            Description = r.Language == "ru" ? "Издания, новости которых собирает сайт" : "The outlets this site collects",
            Path = "/sources", Crumbs = [new Crumb(r.Ui.Sources, "/sources")],
        };
        return Page<SourcesPage>(new { R = r, Meta = meta, Sources = await sources.AllAsync(ct) });
    }

    private static async Task<IResult> SearchAsync(HttpContext context, ArticleSearch search, SourceDirectory sources, CancellationToken ct)
    {
        var r = PortalRequest.From(context);
        var form = SearchForm.Read(context.Request.Query);
        var page = Paging.Read(context.Request.Query["page"]);
        var results = new SearchResults(0, 0, []);
        if (form.Query.Length > 0)
            results = await search.SearchAsync(await SearchRequestAsync(r, form, sources, (page - 1) * PageSize, PageSize, ct), ct);
        var title = form.Query.Length > 0 ? $"{r.Ui.Search}: {form.Query}" : r.Ui.Search;
        var meta = new PageMeta
        {
            Title = title, Description = title, Path = Paging.Link("/search", page, form.Query.Length > 0 ? form.QueryString : null),
            Crumbs = [new Crumb(r.Ui.Search, "/search")], NoIndex = true,
            FeedPrefix = form.Query.Length > 0 ? "/search" : null,
            FeedQuery = form.Query.Length > 0 ? form.QueryString : null,
        };
        return Page<Pages.SearchPage>(new
        {
            R = r, Meta = meta, Form = form, Results = results,
            Paging = new Paging(page, PageSize, results.TotalGroups > page * PageSize), Sources = await sources.AllAsync(ct),
        });
    }

    /// <summary>The search form as a storage request, in the site's languages and time zone.</summary>
    public static async Task<SearchRequest> SearchRequestAsync(PortalRequest r, SearchForm form, SourceDirectory sources, int skip, int take, CancellationToken ct)
    {
        DateTimeOffset? Day(DateOnly? day) => day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), r.Site.TimeZone.GetUtcOffset(d.ToDateTime(TimeOnly.MinValue))) : null;
        var source = form.Source is { } slug ? await sources.BySlugAsync(slug, ct) : null;
        return new SearchRequest(form.Query, r.Language, r.Site.Slice.Languages,
            form.Rubric is { } rubric && Vocabulary.PortalVocabulary.IsRubric(rubric) ? rubric : null,
            form.Region is { } region && r.Vocabulary.Gazetteer.Region(region) is not null ? region : null,
            source?.Record.Id, Day(form.FromDay), Day(form.ToDay?.AddDays(1)), take, skip);
    }

    /// <summary>«Другие новости»: ranked stories sharing a region, country or person, then the site's top stories.</summary>
    private static async Task<IReadOnlyList<RankedListing>> RelatedAsync(PortalRequest r, PortalLists lists,
        IReadOnlyList<(TagKind Kind, string Slug)> tags, long? except, CancellationToken ct)
    {
        var found = new List<RankedListing>();
        foreach (var tag in tags.Where(t => t.Kind != TagKind.Topic).Take(3))
        {
            var (items, _) = await lists.StoriesAsync(r.Site, new StoryFilter(r.Now - ListingResolver.ListWindow, Tag: tag, InSiteSlice: false), r.Now, 0, RelatedCount, ct);
            found.AddRange(items);
        }
        if (found.Count < RelatedCount)
        {
            var (top, _) = await lists.StoriesAsync(r.Site, new StoryFilter(r.Now - ListingResolver.HomeWindow), r.Now, 0, RelatedCount * 2, ct);
            found.AddRange(top);
        }
        return found.Where(s => s.Story.Id != except).DistinctBy(s => s.Story.Id).Take(RelatedCount).ToList();
    }

    private static List<(TagKind Kind, string Slug, string Name)> StoryTags(IReadOnlyList<StoryTagWrite> tags) =>
        tags.OrderBy(t => t.Kind switch { TagKind.Region => 0, TagKind.Person => 1, TagKind.Country => 2, _ => 3 })
            .Select(t => (t.Kind, t.Slug, t.Name)).ToList();

    private static string TagName(PortalRequest r, TagKind kind, string slug, string stored) =>
        kind == TagKind.Topic && r.Vocabulary.Topic(slug) is { } topic ? r.Vocabulary.TopicName(topic, r.Language) : stored;

    private static List<Crumb> Crumbs(PortalRequest r, string? rubric, Crumb last) =>
        rubric is not null && Vocabulary.PortalVocabulary.IsRubric(rubric)
            ? [new Crumb(Vocabulary.PortalVocabulary.RubricName(rubric, r.Language), $"/rubric/{rubric}"), last]
            : [last];

    /// <summary>A description of at most 200 characters, cut at a word.</summary>
    public static string Describe(string? text, string fallback)
    {
        var clean = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length == 0) return fallback;
        if (clean.Length <= 200) return clean;
        var cut = clean.LastIndexOf(' ', 199);
        return clean[..(cut > 100 ? cut : 199)] + "…";
    }

    private static bool SafeImage(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static RazorComponentResult<T> Page<T>(object parameters, int status = 200) where T : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters) { StatusCode = status, ContentType = "text/html; charset=utf-8" };
}
