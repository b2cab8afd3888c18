using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Svodka.Storage.Search;
using Svodka.Storage.Stories;
using Svodka.Stories;
using Svodka.Web.Forms;
using Svodka.Web.Freshness;

namespace Svodka.Web.Admin;

/// <summary>
/// One story to reshape: merge it into another (typed by number or found by words), or move some of its articles
/// into a new story. The story worker respects both (<see cref="StoryEditStore"/>).
/// </summary>
public static class StoryEditEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/stories/{id:long}/edit", ShowAsync);
        admin.MapPost("/stories/{id:long}/merge", MergeAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes));
        admin.MapPost("/stories/{id:long}/split", SplitAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes));
    }

    private static async Task<IResult> ShowAsync(HttpContext context, long id, string? q, StoryStore stories, ArticleSearch search, CancellationToken ct) =>
        await PageAsync(context, id, q, null, null, stories, search, ct);

    private static async Task<IResult> MergeAsync(HttpContext context, long id, StoryEditor editor, StoryStore stories, ArticleSearch search,
        SiteContentVersion version, CancellationToken ct)
    {
        var fields = await FormPost.ReadAsync(context);
        if (fields is null) return AdminView.Expired();
        var typed = fields["into"].ToString().Trim().TrimStart('№', '#').Trim();
        if (!long.TryParse(typed, out var into) || into <= 0)
            return await PageAsync(context, id, null, ("into", "Укажите номер сюжета, с которым объединить, — целое число."), typed, stories, search, ct);
        var result = await editor.MergeAsync(id, into, ct);
        if (result.Outcome != StoryEditOutcome.Done)
            return await PageAsync(context, id, null, ("into", Message(result.Outcome, into)), typed, stories, search, ct);
        version.Bump();
        return AdminView.Back($"/admin/stories/{result.StoryId}/edit", "merged");
    }

    private static async Task<IResult> SplitAsync(HttpContext context, long id, StoryEditor editor, StoryStore stories, ArticleSearch search,
        SiteContentVersion version, CancellationToken ct)
    {
        var fields = await FormPost.ReadAsync(context);
        if (fields is null) return AdminView.Expired();
        var articles = fields["article"].Select(v => long.TryParse(v, out var a) ? a : 0).Where(a => a > 0).ToList();
        var result = await editor.SplitAsync(id, articles, ct);
        if (result.Outcome != StoryEditOutcome.Done)
            return await PageAsync(context, id, null, ("article", Message(result.Outcome, id)), null, stories, search, ct);
        version.Bump();
        return AdminView.Back($"/admin/stories/{result.StoryId}/edit", "split");
    }

    private static string Message(StoryEditOutcome outcome, long other) => outcome switch
    {
        StoryEditOutcome.NoStory => $"Сюжета №{other} нет или он уже объединён с другим.",
        StoryEditOutcome.SameStory => "Сюжет нельзя объединить с самим собой.",
        StoryEditOutcome.OtherLanguage => "Сюжеты на разных языках не объединяются.",
        StoryEditOutcome.NoArticles => "Отметьте новости этого сюжета, которые нужно выделить в новый сюжет.",
        StoryEditOutcome.AllArticles => "В сюжете должна остаться хотя бы одна новость: отметьте не все.",
        _ => "Не получилось.",
    };

    private static async Task<IResult> PageAsync(HttpContext context, long id, string? q, (string Field, string Text)? error, string? typed,
        StoryStore stories, ArticleSearch search, CancellationToken ct)
    {
        var story = await stories.FindAsync(id, ct);
        if (story is null) return Results.NotFound();
        if (story.MergedInto is { } into) return Results.Redirect($"/admin/stories/{into}/edit");
        var detail = story.Detail!;
        var errors = new Dictionary<string, string>();
        if (error is { } e) errors[e.Field] = e.Text;
        var found = (await StoryAdminEndpoints.FindAsync(search, q, ct)).Where(s => s.Id != id).ToList();
        return AdminView.Page<AdminStoryEditPage>(new
        {
            View = AdminView.For(context), Detail = detail, Query = q?.Trim() ?? "", Found = found, Errors = errors, Into = typed ?? "",
        }, error is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }
}
