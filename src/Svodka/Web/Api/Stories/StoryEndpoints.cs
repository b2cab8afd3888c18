using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Svodka.Storage.Search;
using Svodka.Storage.Stories;

namespace Svodka.Web.Api.Stories;

/// <summary>GET /api/v1/stories (newest last article first, or best match first with q) and /api/v1/stories/{id}.</summary>
public static class StoryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/stories").WithTags("Stories");
        group.MapGet("", ListAsync).WithName("ListStories")
            .WithSummary("Stories, newest first: one entry per event with every outlet that reported it.")
            .WithMetadata(new AcceptedQuery(typeof(ListParameters)),
                new ApiExample("GET /api/v1/stories?region=moskva&limit=2",
                    """{"items": [{"id": 101, "title": "Собянин открыл станцию метро «Кунцевская-2»", "source_count": 3, "sources": [{"id": 1, "title": "Столичный вестник", …}], …}], "next_cursor": "ay…"}"""));
        group.MapGet("/{id:long}", GetAsync).WithName("GetStory")
            .WithSummary("A story with its outlets, tags and articles (most relevant first).")
            .WithMetadata(new AcceptedQuery(null),
                new ApiExample("GET /api/v1/stories/101", """{"story": {"id": 101, "title": "…", "sources": […]}, "articles": [{"id": 1, "title": "…", "url": "https://…"}]}"""))
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<ApiPage<ApiStory>>> ListAsync([AsParameters] ListParameters p, ApiFilterReader filters,
        StoryStore stories, ArticleSearch search, CancellationToken ct)
    {
        var limit = ApiLimit.Read(p.Limit);
        var f = await filters.ReadAsync(p, ct);
        if (f.MatchesNothing) return TypedResults.Ok(new ApiPage<ApiStory>([], null));
        if (f.Query is not null)
            return TypedResults.Ok(await f.SearchPageAsync<ApiStory>(search, p.Cursor, limit, g => g.Story is { } s && f.InSite(s.Rubric, s.Tags.Select(t => (t.Kind, t.Slug)))
                ? [ApiStory.From(s)]
                : [], ct));

        var page = await stories.ListAsync(new StoryQuery
        {
            Since = f.Since,
            Languages = f.EffectiveLanguages,
            AnyTags = f.SiteTags,
            AnyRubrics = f.SiteRubrics,
            Rubric = f.Rubric,
            AllTags = f.Tags,
            SourceId = f.SourceId,
            Before = p.Cursor is { } cursor ? ApiCursor.ReadKeyset(cursor) : null,
            Take = limit + 1,
        }, ct);
        var items = page.Take(limit).Select(ApiStory.From).ToList();
        var next = page.Count > limit ? ApiCursor.Keyset(items[^1].LastAt, items[^1].Id) : null;
        return TypedResults.Ok(new ApiPage<ApiStory>(items, next));
    }

    private static async Task<Results<Ok<ApiStoryDetail>, RedirectHttpResult>> GetAsync(long id, StoryStore stories, CancellationToken ct)
    {
        // A story merged into another answers where it went, as its page does.
        var found = await stories.FindAsync(id, ct);
        if (found?.MergedInto is { } into)
            return TypedResults.Redirect($"/api/v1/stories/{into}", permanent: true);
        if (found?.Detail is { Story.Hidden: false } story)
            return TypedResults.Ok(new ApiStoryDetail(ApiStory.From(story.Story), story.Articles.Select(a => ApiArticle.From(a, storyId: id)).ToList()));
        throw ApiProblem.NotFound($"no story {id}");
    }
}
