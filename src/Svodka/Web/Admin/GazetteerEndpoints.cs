using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Svodka.Understanding;
using Svodka.Web.Forms;
using Svodka.Web.Freshness;
using Svodka.Web.Vocabulary;

namespace Svodka.Web.Admin;

/// <summary>The gazetteer the analyzer tags with (regions, countries, persons): what is loaded, and a reload after the files were edited.</summary>
public static class GazetteerEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/gazetteer", (HttpContext context, ReloadableAnalyzer analyzers) => Page(context, analyzers.Gazetteer, null));
        admin.MapPost("/gazetteer/reload", ReloadAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes));
    }

    private static async Task<IResult> ReloadAsync(HttpContext context, ReloadableAnalyzer analyzers, ReloadableVocabulary vocabularies,
        SiteContentVersion version)
    {
        if (await FormPost.ReadAsync(context) is null) return AdminView.Expired();
        try
        {
            analyzers.ReloadGazetteer();
            vocabularies.Reload(); // the pages' names for regions and people, and the new people's pages
            version.Bump();
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            return Page(context, analyzers.Gazetteer, $"Справочник не перезагружен, работает прежний: {e.Message}");
        }
        return AdminView.Back("/admin/gazetteer", "gazetteer");
    }

    private static IResult Page(HttpContext context, GazetteerSummary summary, string? error) =>
        AdminView.Page<AdminGazetteerPage>(new { View = AdminView.For(context), Summary = summary, Error = error },
            error is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
}
