using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Svodka.Tests.Infrastructure;

namespace Svodka.Tests.Cli;

/// <summary>The `svodka` verbs as a user runs them: exit codes, stdout, one-line errors on stderr.</summary>
public sealed class CliTests : IAsyncLifetime
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("svodka-cli-").FullName;
    private LoopbackServer server = null!;

    private static readonly Dictionary<string, string> AllowLoopback = new() { ["SVODKA_Fetcher__AllowPrivateAddresses"] = "true" };

    public async ValueTask InitializeAsync()
    {
        server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/rss.xml", (HttpContext c) => LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(FeedFixtures.Rss("https://kazan.example/", 4)), "application/rss+xml; charset=utf-8"));
            app.MapGet("/site", (HttpContext c) => LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(
                "<!doctype html><html><head><title>Казанские новости</title><link rel=\"alternate\" type=\"application/rss+xml\" title=\"Лента\" href=\"/rss.xml\"></head><body>Главная</body></html>"),
                "text/html; charset=utf-8"));
            app.MapGet("/nofeed", (HttpContext c) => LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes("<html><body>Просто страница</body></html>"), "text/html"));
        });
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }

    private Task<(int Code, string Stdout, string Stderr)> Svodka(params string[] args) =>
        SvodkaProcess.RunAsync([.. args, "--data", dataDir], AllowLoopback);

    [Fact]
    public async Task Every_verb_has_help()
    {
        foreach (var verb in new[] { "serve", "worker", "fetch", "stats", "sources add", "sources import", "sources export", "sources list",
                     "sources remove", "sources disable", "sources enable", "feed inspect", "articles list", "users add" })
        {
            var (code, stdout, _) = await SvodkaProcess.RunAsync([.. verb.Split(' '), "--help"]);
            Assert.Equal(0, code);
            Assert.Contains("--data", stdout);
            Assert.Contains("--db", stdout);
        }
    }

    [Fact]
    public async Task A_site_page_is_discovered_fetched_and_listed()
    {
        var add = await Svodka("sources", "add", server.Url("site").AbsoluteUri);
        Assert.True(add.Code == 0, add.Stderr);
        Assert.Contains("rss.xml", add.Stdout);

        var fetch = await Svodka("fetch");
        Assert.True(fetch.Code == 0, fetch.Stderr);

        var stats = await Svodka("stats", "--json");
        using var json = JsonDocument.Parse(stats.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("sources").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("articles").GetInt32());
        // fetch also groups what it collected into stories (the four items are one outlet's, so at most four).
        var storyCount = json.RootElement.GetProperty("stories").GetInt32();
        Assert.InRange(storyCount, 1, 4);
        Assert.Equal(0, json.RootElement.GetProperty("failing_sources").GetInt32());

        var list = await Svodka("articles", "list", "--json");
        using var articles = JsonDocument.Parse(list.Stdout);
        Assert.Equal(4, articles.RootElement.GetArrayLength());
        Assert.Contains("в Казани открыли новый мост", articles.RootElement[0].GetProperty("title").GetString());

        var sources = await Svodka("sources", "list", "--json");
        using var listed = JsonDocument.Parse(sources.Stdout);
        var source = Assert.Single(listed.RootElement.EnumerateArray());
        Assert.Equal("Тестовая лента", source.GetProperty("title").GetString());
        Assert.Equal("ok", source.GetProperty("status").GetString());
        Assert.Equal(4, source.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task A_page_without_a_feed_is_refused_with_one_clear_line()
    {
        var (code, _, stderr) = await Svodka("sources", "add", server.Url("nofeed").AbsoluteUri);
        Assert.NotEqual(0, code);
        Assert.StartsWith("svodka: no feed at", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Opml_import_export_round_trips_and_sources_can_be_switched_off_and_removed()
    {
        var opml = Path.Combine(dataDir, "in.opml");
        await File.WriteAllTextAsync(opml, """
            <?xml version="1.0" encoding="utf-8"?>
            <opml version="2.0"><head><title>Мои ленты</title></head><body>
              <outline text="Регионы">
                <outline type="rss" text="Казань" xmlUrl="https://kazan.example/rss.xml" htmlUrl="https://kazan.example/"/>
                <outline type="rss" text="Крым" xmlUrl="https://crimea.example/feed"/>
              </outline>
              <outline type="rss" text="Сломанная" xmlUrl="not a url"/>
            </opml>
            """);
        var import = await Svodka("sources", "import", opml);
        Assert.True(import.Code == 0, import.Stderr);
        Assert.Contains("2 added", import.Stdout);
        Assert.Contains("1 invalid", import.Stdout);

        var again = await Svodka("sources", "import", opml);
        Assert.Contains("2 already present", again.Stdout);

        var export = await Svodka("sources", "export");
        Assert.Contains("<opml version=\"2.0\"", export.Stdout);
        Assert.Contains("https://kazan.example/rss.xml", export.Stdout);
        Assert.Contains("Регионы", export.Stdout);

        Assert.Equal(0, (await Svodka("sources", "disable", "https://crimea.example/feed")).Code);
        Assert.Contains("disabled", (await Svodka("sources", "list")).Stdout);
        Assert.Equal(0, (await Svodka("sources", "remove", "https://crimea.example/feed")).Code);
        Assert.DoesNotContain("crimea.example", (await Svodka("sources", "export")).Stdout);

        var missing = await Svodka("sources", "remove", "https://nowhere.example/feed");
        Assert.Equal(1, missing.Code);
        Assert.Contains("no source", missing.Stderr);
    }

    [Fact]
    public async Task Feed_inspect_prints_the_documented_json_shape()
    {
        var (code, stdout, stderr) = await Svodka("feed", "inspect", server.Url("rss.xml").AbsoluteUri);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(["title", "link", "language", "items"], root.EnumerateObject().Select(p => p.Name));
        var item = root.GetProperty("items")[0];
        Assert.Equal(["id", "title", "link", "published", "updated", "author", "categories", "summary", "content_html", "enclosures"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-11-23T21:05:00Z", item.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("author").ValueKind);
    }

    [Fact]
    public async Task Feed_inspect_on_a_broken_file_exits_non_zero_with_one_line()
    {
        var file = Path.Combine(dataDir, "page.xml");
        await File.WriteAllTextAsync(file, "<html><body>not a feed</body></html>");
        var (code, stdout, stderr) = await Svodka("feed", "inspect", file);
        Assert.NotEqual(0, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("svodka: cannot read feed", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_is_named()
    {
        var (code, _, stderr) = await SvodkaProcess.RunAsync(["stats", "--db", "Host=127.0.0.1;Port=1;Database=x;Username=u;Password=secret;Timeout=2"]);
        Assert.Equal(1, code);
        Assert.StartsWith("svodka: cannot open the database", stderr);
        Assert.DoesNotContain("secret", stderr);
    }
}
