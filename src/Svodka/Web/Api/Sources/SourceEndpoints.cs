using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Svodka.Sources;
using Svodka.Web.Freshness;
using Svodka.Web.Lists;

namespace Svodka.Web.Api.Sources;

/// <summary>The body of POST /api/v1/sources.</summary>
/// <param name="Url">A feed URL, or a site page whose &lt;link rel="alternate"&gt; names its feed.</param>
/// <param name="Title">A title to show instead of the feed's own.</param>
public sealed record NewSourceRequest(string? Url, string? Title = null, string? Category = null);

/// <summary>GET /api/v1/sources, /api/v1/sources/{id}, and POST /api/v1/sources (with an API key) to add a feed.</summary>
public static class SourceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sources").WithTags("Sources");
        group.MapGet("", ListAsync).WithName("ListSources").WithSummary("The outlets, by id.")
            .WithMetadata(new AcceptedQuery(typeof(PageParameters)),
                new ApiExample("GET /api/v1/sources?limit=1", """{"items": [{"id": 1, "slug": "stolichny-vestnik", "title": "Столичный вестник", "feed_url": "https://…/rss.xml", "status": "ok", …}], "next_cursor": "aS…"}"""));
        group.MapGet("/{id:long}", GetAsync).WithName("GetSource").WithSummary("One outlet.")
            .WithMetadata(new AcceptedQuery(null), new ApiExample("GET /api/v1/sources/1", """{"id": 1, "slug": "stolichny-vestnik", "title": "Столичный вестник", …}"""))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", AddAsync).WithName("AddSource")
            .WithSummary("Add a feed by URL (a site page's feed is discovered). Needs an API key: Authorization: Bearer KEY or X-Api-Key.")
            .Accepts<NewSourceRequest>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(ApiRateLimits.WritePolicy)
            .WithMetadata(new AcceptedQuery(null),
                new ApiExample("POST /api/v1/sources  {\"url\": \"https://lenta.ru/rss\"}  (X-Api-Key: svk_…)",
                    """201 {"id": 64, "slug": "lenta-ru", "title": "Lenta.ru", "feed_url": "https://lenta.ru/rss", "status": "new", …}"""));
    }

    private static async Task<Ok<ApiPage<ApiSource>>> ListAsync([AsParameters] PageParameters p, SourceDirectory directory, CancellationToken ct)
    {
        var limit = ApiLimit.Read(p.Limit);
        long after = 0;
        if (p.Cursor is { } cursor && !long.TryParse(ApiCursor.Decode(cursor, 'i', 1)[0], out after))
            throw ApiProblem.BadRequest("cursor is malformed: pass next_cursor from the previous page unchanged");
        var page = (await directory.AllAsync(ct)).Where(s => s.Record.Id > after).OrderBy(s => s.Record.Id).Take(limit + 1).Select(From).ToList();
        var items = page.Take(limit).ToList();
        return TypedResults.Ok(new ApiPage<ApiSource>(items, page.Count > limit ? ApiCursor.Encode('i', items[^1].Id.ToString()) : null));
    }

    private static async Task<Ok<ApiSource>> GetAsync(long id, SourceDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(From(await directory.ByIdAsync(id, ct) ?? throw ApiProblem.NotFound($"no source {id}")));

    private static async Task<Created<ApiSource>> AddAsync(HttpContext context, ApiKeyCheck keys, ApiBody body, SourceAdder adder,
        SourceDirectory directory, SiteContentVersion version, CancellationToken ct)
    {
        await keys.RequireAsync(context, ct);
        var request = await body.ReadAsync<NewSourceRequest>(context.Request, ct);
        if (string.IsNullOrWhiteSpace(request.Url)) throw ApiProblem.BadRequest("url is required: the feed's or the site page's address");
        Storage.Sources.SourceRecord added;
        try
        {
            added = await adder.AddAsync(request.Url, request.Title, request.Category, check: true, ct);
        }
        catch (SourceRejectedException e)
        {
            throw new ApiProblem(StatusCodes.Status422UnprocessableEntity, e.Message);
        }
        version.Bump();
        var source = await directory.ByIdAsync(added.Id, ct) ?? throw new InvalidOperationException($"source {added.Id} vanished after it was added");
        return TypedResults.Created($"/api/v1/sources/{added.Id}", From(source));
    }

    private static ApiSource From(PortalSource s) => new(
        s.Record.Id, s.Slug, s.Name, s.Record.FeedUrl, s.Record.SiteUrl, s.Record.Category, s.Record.Enabled,
        s.Record.Status.ToString().ToLowerInvariant(), s.Record.LastFetchedAt, s.Record.ItemsTotal, $"/source/{s.Slug}");
}
