using System.Net;
using Svodka.Tests.Web;

namespace Svodka.Tests.Operate;

/// <summary>/admin/sites: an admin changes a site and the site shows it at once; wrong fields come back with messages; editors are refused.</summary>
public abstract class SiteAdminTests(OperateFixture fixture)
{
    private PortalHost Host => fixture.Host;

    private static List<KeyValuePair<string, string>> Moscow(string name, string accent = "#1f4e9c", string hosts = "moskva.svodka.local", string regions = "moskva, moskovskaya-oblast") =>
    [
        new("name", name), new("hosts", hosts), new("language", "ru"),
        new("accent", accent), new("accentText", "#ffffff"), new("background", "#ffffff"), new("text", "#1c1b1f"),
        new("languages", "ru"), new("regions", regions), new("countries", ""), new("topics", ""), new("rubrics", ""),
    ];

    [Fact]
    public async Task An_admin_renames_a_site_and_its_home_page_shows_the_new_name()
    {
        var reader = Host.Client("moskva.svodka.local");
        Assert.Contains("Сводка. Москва", (await FetchedPage.GetAsync(reader, "/")).Text);

        using var admin = new FormBrowser(Host);
        await admin.LogInAsync(OperateFixture.AdminName, OperateFixture.AdminPassword);
        var list = await admin.GetAsync("/admin/sites");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains("moskva.svodka.local", list.Text);
        var form = await admin.GetAsync("/admin/sites/moskva");
        Assert.Contains("value=\"Сводка. Москва\"", form.Html);

        var bad = await admin.PostAsync("/admin/sites/moskva", form, Moscow("Сводка. Столица", accent: "синий", hosts: "krym.svodka.local", regions: "moskva, atlantida"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Contains("Цвет записывается как #rgb или #rrggbb", bad.Text);
        Assert.Contains("Адрес «krym.svodka.local» уже у сайта «Сводка. Крым»", bad.Text);
        Assert.Contains("Нет таких регионов в справочнике: atlantida", bad.Text);
        Assert.Contains("value=\"Сводка. Столица\"", bad.Html);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/admin/sites/moskva", null, Moscow("Без токена"))).Status);

        var saved = await admin.PostAsync("/admin/sites/moskva", form, Moscow("Сводка. Столица", accent: "#123456"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var home = await FetchedPage.GetAsync(reader, "/");
        Assert.Contains("Сводка. Столица", home.Text);
        Assert.Contains("#123456", home.Html);
        Assert.Matches("(?s)<tr id=\"site-moskva\">(?:(?!</tr>).)*<td>база</td>", (await admin.GetAsync("/admin/sites")).Html);
    }

    [Fact]
    public async Task An_editor_is_refused_the_sites()
    {
        using var editor = new FormBrowser(Host);
        await editor.LogInAsync(OperateFixture.EditorName, OperateFixture.EditorPassword);
        var page = await editor.GetAsync("/admin/sites");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var denied = await editor.GetAsync(page.Response.Headers.Location!.PathAndQuery());
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        var post = await editor.PostAsync("/admin/sites/moskva", await editor.GetAsync("/admin/stories"), Moscow("Чужая правка"));
        Assert.NotEqual(HttpStatusCode.OK, post.Status);
        Assert.DoesNotContain("Чужая правка", (await FetchedPage.GetAsync(Host.Client("moskva.svodka.local"), "/")).Text);
    }
}

file static class Locations
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}

public sealed class SqliteSiteAdminTests(SqliteOperate fixture) : SiteAdminTests(fixture), IClassFixture<SqliteOperate>;

public sealed class PostgresSiteAdminTests(PostgresOperate fixture) : SiteAdminTests(fixture), IClassFixture<PostgresOperate>;
