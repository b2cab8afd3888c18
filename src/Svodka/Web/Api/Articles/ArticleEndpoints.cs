using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Svodka.Core.Model;
using Svodka.Storage.Articles;
using Svodka.Storage.Portal;
using Svodka.Storage.Search;

namespace Svodka.Web.Api.Articles;

/// <summary>GET /api/v1/articles (newest first, or best match first with q) and /api/v1/articles/{id}.</summary>
public static class ArticleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/articles").WithTags("Articles");
        group.MapGet("", ListAsync).WithName("ListArticles")
            .WithSummary("Articles, newest first (with q: grouped by story, best match first, up to three per story).")
            .WithMetadata(new AcceptedQuery(typeof(ListParameters)),
                new ApiExample("GET /api/v1/articles?source=lenta-dnya&since=2026-11-25T00:00:00Z",
                    """{"items": [{"id": 7, "title": "В портах Керчь и Кавказ скопились сотни машин", "url": "https://…", "sources": [{"id": 2, "title": "Лента дня", …}], …}], "next_cursor": null}"""));
        group.MapGet("/{id:long}", GetAsync).WithName("GetArticle")
            .WithSummary("An article with its clean text, outlets, tags and story.")
            .WithMetadata(new AcceptedQuery(null),
                new ApiExample("GET /api/v1/articles/7", """{"id": 7, "title": "…", "text": "Керченская переправа не работает…", "story_id": 102, …}"""))
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<ApiPage<ApiArticle>>> ListAsync([AsParameters] ListParameters p, ApiFilterReader filters,
        PortalReads reads, ArticleSearch search, CancellationToken ct)
    {
        var limit = ApiLimit.Read(p.Limit);
        var f = await filters.ReadAsync(p, ct);
        if (f.MatchesNothing) return TypedResults.Ok(new ApiPage<ApiArticle>([], null));
        if (f.Query is not null)
            return TypedResults.Ok(await f.SearchPageAsync(search, p.Cursor, limit, g => g.Articles
                .Where(a => f.InSite(a.Analysis?.Rubric, (a.Analysis?.Tags ?? []).Select(t => (t.Kind, t.Slug))))
                .Select(a => ApiArticle.From(a, storyId: g.Story?.Id)), ct));

        var page = await reads.ArticlesAsync(new ArticleSlice
        {
            Languages = f.EffectiveLanguages,
            AnyTags = f.SiteTags,
            Rubrics = f.SiteRubrics,
            AllTags = f.Tags,
            Rubric = f.Rubric,
            SourceId = f.SourceId,
            Since = f.Since,
            Before = p.Cursor is { } cursor ? ApiCursor.ReadKeyset(cursor) : null,
        }, limit + 1, 0, ct);
        var items = page.Take(limit).Select(a => ApiArticle.From(a)).ToList();
        var next = page.Count > limit ? ApiCursor.Keyset(items[^1].ListedAt, items[^1].Id) : null;
        return TypedResults.Ok(new ApiPage<ApiArticle>(items, next));
    }

    private static async Task<Ok<ApiArticle>> GetAsync(long id, ArticleStore articles, PortalReads reads, CancellationToken ct)
    {
        var article = await articles.GetAsync(id, ct) ?? throw ApiProblem.NotFound($"no article {id}");
        return TypedResults.Ok(ApiArticle.From(article, withText: true, storyId: await reads.StoryOfArticleAsync(id, ct)));
    }
}
