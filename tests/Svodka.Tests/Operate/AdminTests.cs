using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage.Stories;
using Svodka.Storage.Users;
using Svodka.Tests.Web;
using Svodka.Users;

namespace Svodka.Tests.Operate;

/// <summary>/admin: sign-in with lockout, roles, redirects, the sources, stories and pipeline pages, the headers.</summary>
public abstract class AdminTests(OperateFixture fixture)
{
    private PortalHost Host => fixture.Host;

    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused_too()
    {
        var name = "locked-" + Guid.NewGuid().ToString("N")[..6];
        const string password = "the right password";
        await Host.Services.GetRequiredService<UserStore>().AddAsync(name, UserPasswords.Hash(name, password), UserRole.Editor, CancellationToken.None);
        using var browser = new FormBrowser(Host);
        for (var i = 1; i <= 9; i++)
        {
            var wrong = await browser.LogInAsync(name, $"wrong {i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
            Assert.Contains("Неверное имя или пароль", wrong.Text);
        }
        var tenth = await browser.LogInAsync(name, "wrong 10");
        Assert.Contains("вход заблокирован", tenth.Text);

        var right = await browser.LogInAsync(name, password);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.Status);
        Assert.Contains("вход заблокирован", right.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin")).Status);
        Assert.StartsWith("http://svodka.local/admin/login", (await browser.GetAsync("/admin")).Response.Headers.Location!.ToString());
        Assert.NotNull((await Host.Services.GetRequiredService<UserStore>().FindAsync(name, CancellationToken.None))!.LockoutUntil);
    }

    [Fact]
    public async Task The_right_password_signs_in_with_a_strict_http_only_cookie_and_returns_only_to_local_addresses()
    {
        using var browser = new FormBrowser(Host);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin/status")).Status);
        var form = await browser.GetAsync("/admin/login?returnUrl=//evil.example/");
        Assert.DoesNotContain("evil.example", form.Html);
        var signedIn = await browser.PostAsync("/admin/login", form,
            [new("name", OperateFixture.AdminName), new("password", OperateFixture.AdminPassword), new("returnUrl", "https://evil.example/")]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/admin", signedIn.Response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signedIn.Response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("svodka-admin=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var queue = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, queue.Status);
        Assert.Equal("no-store", queue.Response.Headers.CacheControl?.ToString());

        using var again = new FormBrowser(Host);
        var back = await again.SubmitAsync("/admin/login", "/admin/login",
            [new("name", OperateFixture.AdminName), new("password", OperateFixture.AdminPassword), new("returnUrl", "/admin/sources")]);
        Assert.Equal("/admin/sources", back.Response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_editor_moderates_but_only_an_admin_sees_sources_and_the_pipeline()
    {
        using var editor = new FormBrowser(Host);
        await editor.LogInAsync(OperateFixture.EditorName, OperateFixture.EditorPassword);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).Status);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/stories")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/admin/sources")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/admin/status")).Status);
    }

    [Fact]
    public async Task The_admin_sees_source_health_and_the_pipeline_and_exports_opml()
    {
        using var admin = new FormBrowser(Host);
        await admin.LogInAsync(OperateFixture.AdminName, OperateFixture.AdminPassword);
        var sources = await admin.GetAsync("/admin/sources");
        Assert.Equal(HttpStatusCode.OK, sources.Status);
        Assert.Contains("Столичный вестник", sources.Text);
        Assert.Contains("работает", sources.Text);

        var bad = await admin.PostAsync("/admin/sources", sources, [new("url", "ftp://nowhere.example/feed")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Contains("Источник не добавлен", bad.Text);
        Assert.Contains("value=\"ftp://nowhere.example/feed\"", bad.Html);

        var status = await admin.GetAsync("/admin/status");
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Contains("Статей ждут сюжета", status.Text);
        Assert.Matches(@"Статей\s*</th>\s*<td>\d+</td>", status.Html);

        var opml = await admin.GetAsync("/admin/sources/export");
        Assert.Equal(HttpStatusCode.OK, opml.Status);
        Assert.Contains("https://stolichny.news.example/rss.xml", opml.Html);
    }

    [Fact]
    public async Task An_editor_hides_and_pins_a_story()
    {
        using var editor = new FormBrowser(Host);
        await editor.LogInAsync(OperateFixture.EditorName, OperateFixture.EditorPassword);
        var stories = await editor.GetAsync("/admin/stories");
        Assert.Contains(PortalCorpus.BelarusTitle, stories.Text);
        var hidden = await editor.PostAsync($"/admin/stories/{PortalCorpus.BelarusStory}", stories, [new("hidden", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, hidden.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/story/{PortalCorpus.BelarusStory}")).Status);
        await editor.PostAsync($"/admin/stories/{PortalCorpus.BelarusStory}", await editor.GetAsync("/admin/stories"), [new("hidden", "false"), new("pinned", "true")]);
        var detail = await Host.Services.GetRequiredService<StoryStore>().GetAsync(PortalCorpus.BelarusStory, CancellationToken.None);
        Assert.False(detail!.Story.Hidden);
        Assert.True(detail.Story.Pinned);
        await Host.Services.GetRequiredService<StoryStore>().SetFlagsAsync(PortalCorpus.BelarusStory, false, false, CancellationToken.None);
    }

    [Fact]
    public async Task Pages_forbid_scripts_and_framing_and_https_adds_strict_transport_security()
    {
        var plain = await FetchedPage.GetAsync(Host.Client("svodka.local"), "/add");
        var csp = plain.Response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("script-src 'unsafe-inline'", csp);
        Assert.Equal("nosniff", plain.Response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", plain.Response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(plain.Response.Headers.Contains("Strict-Transport-Security"));

        var client = Host.Client("svodka.local");
        client.BaseAddress = new Uri("https://svodka.local/");
        var secure = await FetchedPage.GetAsync(client, "/");
        Assert.StartsWith("max-age=", secure.Response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task A_form_larger_than_the_limit_is_refused()
    {
        using var browser = new FormBrowser(Host);
        var page = await browser.SubmitAsync("/add", "/add",
            [new("title", "Слишком большая форма"), new("text", new string('я', 300_000)), new("link", "https://big.example/"), new("region", "moskva"), new("rubric", "society")]);
        Assert.True(page.Status is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, page.Status.ToString());
        Assert.DoesNotContain("Спасибо", page.Text);
    }
}

public sealed class SqliteAdminTests(SqliteOperate fixture) : AdminTests(fixture), IClassFixture<SqliteOperate>;

public sealed class PostgresAdminTests(PostgresOperate fixture) : AdminTests(fixture), IClassFixture<PostgresOperate>;
