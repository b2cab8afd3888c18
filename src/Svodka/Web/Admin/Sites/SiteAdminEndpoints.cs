using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Svodka.Sites;
using Svodka.Storage.Sites;
using Svodka.Web.Forms;
using Svodka.Web.Freshness;
using Svodka.Web.Vocabulary;

namespace Svodka.Web.Admin.Sites;

/// <summary>
/// The network's sites (config/sites.json with the sites table on top): an admin changes a site's name, hosts,
/// language, colours and slice. The edit is stored as a table row (so it survives a new sites.json), the site
/// registry is read again and the pages' cache dropped; other processes see the row within seconds (ContentWatcher).
/// </summary>
public static class SiteAdminEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/sites", async (HttpContext context, SiteCatalog catalog, SiteStore store, CancellationToken ct) =>
            AdminView.Page<AdminSitesPage>(new
            {
                View = AdminView.For(context),
                Sites = catalog.Sites,
                Stored = (await store.ListAsync(ct)).Select(s => s.Key).ToHashSet(StringComparer.Ordinal),
            }));
        admin.MapGet("/sites/{key}", (HttpContext context, string key, SiteCatalog catalog) =>
            catalog.ByKey(key) is { } site ? Edit(context, site, SiteForm.From(site), new Dictionary<string, string>()) : Results.NotFound());
        admin.MapPost("/sites/{key}", SaveAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes));
    }

    private static async Task<IResult> SaveAsync(HttpContext context, string key, SiteCatalog catalog, SiteStore store, PortalVocabulary vocabulary,
        SiteContentVersion version, CancellationToken ct)
    {
        var fields = await FormPost.ReadAsync(context);
        if (fields is null) return AdminView.Expired();
        if (catalog.ByKey(key) is not { } site) return Results.NotFound();
        var form = SiteForm.Read(fields);
        var (edited, errors) = form.Check(site, catalog.Sites, vocabulary);
        if (edited is null) return Edit(context, site, form, errors, StatusCodes.Status422UnprocessableEntity);
        var definition = SiteDefinitionWriter.Write(edited);
        SiteDefinitionReader.ReadOne(definition, key); // what the registry will read back; the form's checks make this hold
        await store.SaveAsync(key, definition, enabled: true, ct);
        await catalog.ReloadAsync(ct);
        version.Bump();
        return AdminView.Back($"/admin/sites/{key}", "site");
    }

    private static IResult Edit(HttpContext context, Site site, SiteForm form, IReadOnlyDictionary<string, string> errors, int status = 200) =>
        AdminView.Page<AdminSiteEditPage>(new { View = AdminView.For(context), Site = site, Form = form, Errors = errors }, status);
}
