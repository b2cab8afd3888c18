using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Ingest.Opml;
using Svodka.Sources;
using Svodka.Storage.Sources;
using Svodka.Web.Forms;

namespace Svodka.Web.Admin;

/// <summary>Sources with their health; add one by URL (feed or page, discovered), OPML in and out.</summary>
public static class SourceAdminEndpoints
{
    /// <summary>Days each source's sparkline covers.</summary>
    public const int SparklineDays = 14;

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/sources", (HttpContext context, SourceStore sources, CancellationToken ct) => ListAsync(context, sources, null, null, ct));
        admin.MapPost("/sources", AddAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes));
        admin.MapPost("/sources/import", ImportAsync)
            .WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxOpmlBytes))
            .WithFormOptions(multipartBodyLengthLimit: AdminWeb.MaxOpmlBytes);
        admin.MapGet("/sources/export", ExportAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, SourceStore sources, string? error, string? url, CancellationToken ct)
    {
        var list = await sources.ListAsync(ct);
        var daily = await context.RequestServices.GetRequiredService<SourceActivity>().DailyAsync(SparklineDays, ct);
        return AdminView.Page<AdminSourcesPage>(new { View = AdminView.For(context), Sources = list, Daily = daily, Error = error, Url = url ?? "" },
            error is null ? 200 : StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> AddAsync(HttpContext context, SourceAdder adder, SourceStore sources, CancellationToken ct)
    {
        var fields = await FormPost.ReadAsync(context);
        if (fields is null) return AdminView.Expired();
        var url = fields["url"].ToString().Trim();
        var title = fields["title"].ToString().Trim();
        var category = fields["category"].ToString().Trim();
        try
        {
            await adder.AddAsync(url, title.Length > 0 ? title : null, category.Length > 0 ? category : null, check: true, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return await ListAsync(context, sources, $"Источник не добавлен: {e.Message}", url, ct);
        }
        return AdminView.Back("/admin/sources", "added");
    }

    private static async Task<IResult> ImportAsync(HttpContext context, SourceImporter importer, SourceStore sources, CancellationToken ct)
    {
        var fields = await FormPost.ReadAsync(context);
        if (fields is null) return AdminView.Expired();
        if (fields.Files.GetFile("opml") is not { Length: > 0 } file)
            return await ListAsync(context, sources, "Выберите файл OPML.", null, ct);
        IReadOnlyList<OpmlOutline> outlines;
        try
        {
            await using var stream = file.OpenReadStream();
            outlines = OpmlReader.Read(stream);
        }
        catch (OpmlException e)
        {
            return await ListAsync(context, sources, $"Файл не прочитан: {e.Message}", null, ct);
        }
        await importer.ImportAsync(outlines, ct);
        return AdminView.Back("/admin/sources", "imported");
    }

    private static async Task<IResult> ExportAsync(SourceStore sources, CancellationToken ct)
    {
        var list = await sources.ListAsync(ct);
        var text = new StringWriter();
        OpmlWriter.Write(text, "Svodka sources", list.Where(s => s.FeedUrl != Submissions.ReaderSource.FeedUrl)
            .Select(s => new OpmlOutline(s.Title, s.FeedUrl, s.SiteUrl, s.Category)));
        return Results.File(Encoding.UTF8.GetBytes(text.ToString()), "text/x-opml; charset=utf-8", "svodka-sources.opml");
    }
}
