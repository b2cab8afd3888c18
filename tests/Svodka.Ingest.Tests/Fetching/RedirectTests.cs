using System.Text;
using Microsoft.AspNetCore.Http;
using Svodka.Ingest.Fetching;
using Svodka.Ingest.Tests.Fetching.Support;

namespace Svodka.Ingest.Tests.Fetching;

public sealed class RedirectTests
{
    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_is_followed_and_the_final_URL_reported(int status)
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/old")
            {
                context.Response.StatusCode = status;
                context.Response.Headers.Location = "/new?x=1";
                return;
            }
            await context.Response.WriteAsync("moved here");
        });
        using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Url("/old"));

        Assert.Equal(server.Url("/old"), response.RequestedUrl);
        Assert.Equal(server.Url("/new?x=1"), response.FinalUrl);
        Assert.Equal("moved here"u8.ToArray(), response.Body);
    }

    [Fact]
    public async Task A_redirect_loop_stops_at_the_cap_with_a_clear_error()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = context.Request.Path == "/a" ? "/b" : "/a";
            return Task.CompletedTask;
        });
        using var fetcher = TestFetcher.Create(o => o.MaxRedirects = 5);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url("/a")));

        Assert.Equal(FetchFailure.TooManyRedirects, e.Failure);
        Assert.Equal("more than 5 redirects", e.Message);
        Assert.Equal(6, server.Requests);
    }

    [Fact]
    public async Task Redirects_up_to_the_cap_are_fine()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var step = int.Parse(context.Request.Path.Value!.Trim('/'));
            if (step < 3)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = $"/{step + 1}";
                return;
            }
            await context.Response.WriteAsync("arrived");
        });
        using var fetcher = TestFetcher.Create(o => o.MaxRedirects = 3);

        var response = await fetcher.FetchAsync(server.Url("/0"));

        Assert.Equal(server.Url("/3"), response.FinalUrl);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("ftp://example.com/feed.xml", "ftp")]
    public async Task A_redirect_to_another_scheme_is_refused(string location, string scheme)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });
        using var fetcher = TestFetcher.Create();

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.InvalidUrl, e.Failure);
        Assert.Equal($"refused: redirect to a {scheme}: URL (only http and https are fetched)", e.Message);
    }

    [Fact]
    public async Task A_redirect_without_Location_is_an_HTTP_failure()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            return Task.CompletedTask;
        });
        using var fetcher = TestFetcher.Create();

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.HttpStatus, e.Failure);
        Assert.Equal(302, e.StatusCode);
        Assert.Equal("HTTP 302 Found without a usable Location", e.Message);
    }

    [Fact]
    public async Task A_Cyrillic_Location_in_raw_UTF8_is_followed()
    {
        // Russian sites write Location with the path in raw UTF-8 rather than percent-encoded.
        await using var server = RawServer.Start(async connection =>
        {
            var answer = connection.Head.StartsWith("GET / ", StringComparison.Ordinal)
                ? "HTTP/1.1 301 Moved Permanently\r\nLocation: /новости/лента.xml\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                : "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
            await connection.WriteAsync(answer);
        });
        using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Root);

        Assert.Equal("/новости/лента.xml", Uri.UnescapeDataString(response.FinalUrl.AbsolutePath));
        Assert.Equal("ok"u8.ToArray(), response.Body);
    }
}
