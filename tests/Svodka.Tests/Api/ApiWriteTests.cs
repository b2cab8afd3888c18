using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage.ApiKeys;
using Svodka.Tests.Infrastructure;
using Svodka.Tests.Web;

namespace Svodka.Tests.Api;

/// <summary>The portal with loopback feeds allowed, so POST /api/v1/sources can reach the test's feed server.</summary>
public sealed class SqliteWritablePortal() : PortalFixture(onPostgres: false, WritableSettings.Values);

public sealed class PostgresWritablePortal() : PortalFixture(onPostgres: true, WritableSettings.Values);

internal static class WritableSettings
{
    public static IReadOnlyDictionary<string, string?> Values { get; } = new Dictionary<string, string?>(ApiSettingsFor.Roomy)
    {
        ["Fetcher:AllowPrivateAddresses"] = "true",
        ["Api:MaxBodyBytes"] = "2048",
    };
}

/// <summary>POST /api/v1/sources: keys, bodies and what a client gets back, on SQLite and PostgreSQL.</summary>
public abstract class ApiWriteTests(PortalFixture fixture) : IAsyncLifetime
{
    private LoopbackServer feeds = null!;
    private PortalHost Host => fixture.Host;

    public async ValueTask InitializeAsync()
    {
        feeds = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/rss.xml", (HttpContext c) => LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(FeedFixtures.Rss("https://kazan.example/", 3)), "application/rss+xml; charset=utf-8"));
            app.MapGet("/site", (HttpContext c) => LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(
                "<!doctype html><html><head><title>Казань</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\"></head><body></body></html>"),
                "text/html; charset=utf-8"));
            app.MapGet("/nofeed", (HttpContext c) => LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes("<html><body>Просто страница</body></html>"), "text/html"));
        });
    }

    public async ValueTask DisposeAsync() => await feeds.DisposeAsync();

    private async Task<string> KeyAsync(string name) =>
        (await Host.Services.GetRequiredService<ApiKeyStore>().AddAsync(name + "-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None)).Key;

    private async Task<ApiAnswer> PostAsync(string json, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sources") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        headers?.Invoke(request.Headers);
        return await ApiAnswer.From(await Host.Client().SendAsync(request));
    }

    private static string Body(Uri url) => $$"""{"url": "{{url}}"}""";

    [Fact]
    public async Task Without_a_key_a_write_is_401()
    {
        var answer = await PostAsync(Body(feeds.Url("/rss.xml")));
        answer.AssertProblem(HttpStatusCode.Unauthorized, "an API key is required");
        Assert.Contains("Bearer", answer.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_wrong_or_revoked_key_is_401()
    {
        (await PostAsync(Body(feeds.Url("/rss.xml")), h => h.Authorization = new AuthenticationHeaderValue("Bearer", "svk_not-a-key")))
            .AssertProblem(HttpStatusCode.Unauthorized, "the API key is not valid");

        var keys = Host.Services.GetRequiredService<ApiKeyStore>();
        var (record, key) = await keys.AddAsync("revoked-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        Assert.True(await keys.RevokeAsync(record.Name, CancellationToken.None));
        (await PostAsync(Body(feeds.Url("/rss.xml")), h => h.Add("X-Api-Key", key)))
            .AssertProblem(HttpStatusCode.Unauthorized, "unknown or has been revoked");
    }

    [Fact]
    public async Task A_good_key_adds_the_feed_a_site_page_names_and_the_source_is_listed()
    {
        var key = await KeyAsync("newsroom");
        var answer = await PostAsync(Body(feeds.Url("/site")), h => h.Authorization = new AuthenticationHeaderValue("Bearer", key));
        Assert.Equal(HttpStatusCode.Created, answer.Status);
        var id = answer.Json.GetProperty("id").GetInt64();
        Assert.Equal(feeds.Url("/rss.xml").AbsoluteUri, answer.Json.GetProperty("feed_url").GetString());
        Assert.Equal($"/api/v1/sources/{id}", answer.Headers.Location?.OriginalString);
        Assert.Equal("new", answer.Json.GetProperty("status").GetString());

        var listed = await ApiAnswer.GetAsync(Host.Client(), "/api/v1/sources?limit=100");
        Assert.Contains(id, listed.Ids());
        var used = (await Host.Services.GetRequiredService<ApiKeyStore>().ListAsync(CancellationToken.None)).Single(k => k.Name.StartsWith("newsroom-"));
        Assert.NotNull(used.LastUsedAt);

        // The same feed again is refused, and says which source has it.
        (await PostAsync(Body(feeds.Url("/rss.xml")), h => h.Add("X-Api-Key", key)))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, $"already a source: #{id}");
    }

    [Fact]
    public async Task A_page_with_no_feed_is_422_naming_it()
    {
        var key = await KeyAsync("nofeed");
        (await PostAsync(Body(feeds.Url("/nofeed")), h => h.Add("X-Api-Key", key)))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "the page names none");
    }

    [Fact]
    public async Task Bad_bodies_are_problems_that_name_the_problem()
    {
        var key = await KeyAsync("bodies");
        (await PostAsync("{\"url\": \"" + new string('a', 4000) + "\"}", h => h.Add("X-Api-Key", key)))
            .AssertProblem(HttpStatusCode.RequestEntityTooLarge, "the request body is larger than 2048 bytes");
        (await PostAsync("{\"url\": ", h => h.Add("X-Api-Key", key)))
            .AssertProblem(HttpStatusCode.BadRequest, "the request body is not valid JSON");
        (await PostAsync("{\"adres\": \"https://example.org/rss\"}", h => h.Add("X-Api-Key", key)))
            .AssertProblem(HttpStatusCode.BadRequest, "adres");
        (await PostAsync("{}", h => h.Add("X-Api-Key", key)))
            .AssertProblem(HttpStatusCode.BadRequest, "url is required");
        (await PostAsync("{\"url\": \"ftp://example.org/rss\"}", h => h.Add("X-Api-Key", key)))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "not an absolute http(s) URL");
    }
}

public sealed class SqliteApiWriteTests(SqliteWritablePortal fixture) : ApiWriteTests(fixture), IClassFixture<SqliteWritablePortal>;

public sealed class PostgresApiWriteTests(PostgresWritablePortal fixture) : ApiWriteTests(fixture), IClassFixture<PostgresWritablePortal>;
