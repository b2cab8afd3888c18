using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Svodka.Storage.Stories;
using Svodka.Web.Forms;
using Svodka.Web.Freshness;

namespace Svodka.Web.Admin;

/// <summary>The latest stories, hidden ones included, to hide from the lists or pin on top.</summary>
public static class StoryAdminEndpoints
{
    private const int Shown = 100;

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/stories", async (HttpContext context, StoryStore stories, CancellationToken ct) =>
            AdminView.Page<AdminStoriesPage>(new
            {
                View = AdminView.For(context),
                Stories = await stories.ListAsync(new StoryQuery { IncludeHidden = true, Take = Shown }, ct),
            }));
        admin.MapPost("/stories/{id:long}", FlagsAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes));
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
