using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Svodka.Storage.Search;
using Svodka.Storage.Stories;
using Svodka.Web.Forms;
using Svodka.Web.Freshness;

namespace Svodka.Web.Admin;

/// <summary>The latest stories, hidden ones included, to hide from the lists or pin on top; a search over them; one story to merge or split.</summary>
public static class StoryAdminEndpoints
{
    private const int Shown = 100, Found = 20;

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/stories", async (HttpContext context, string? q, StoryStore stories, ArticleSearch search, CancellationToken ct) =>
            AdminView.Page<AdminStoriesPage>(new
            {
                View = AdminView.For(context),
                Query = q?.Trim() ?? "",
                Stories = string.IsNullOrWhiteSpace(q)
                    ? await stories.ListAsync(new StoryQuery { IncludeHidden = true, Take = Shown }, ct)
                    : await FindAsync(search, q, ct),
            }));
        admin.MapPost("/stories/{id:long}", FlagsAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes));
        StoryEditEndpoints.Map(admin);
    }

    /// <summary>Stories whose articles match the words, best first (the site's search).</summary>
    internal static async Task<IReadOnlyList<StoryListing>> FindAsync(ArticleSearch search, string? q, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q)) return [];
        var found = await search.SearchAsync(new SearchRequest(q.Trim(), "ru", Take: Found), ct);
        return found.Groups.Where(g => g.Story is not null).Select(g => g.Story!).ToList();
    }

    private static async Task<IResult> FlagsAsync(HttpContext context, long id, StoryStore stories, SiteContentVersion version, CancellationToken ct)
    {
        var fields = await FormPost.ReadAsync(context);
        if (fields is null) return AdminView.Expired();
        bool? Flag(string name) => fields[name].ToString() switch { "true" => true, "false" => false, _ => null };
        if (!await stories.SetFlagsAsync(id, Flag("pinned"), Flag("hidden"), ct)) return Results.NotFound();
        version.Bump();
        return AdminView.Back("/admin/stories", "story");
    }
}
