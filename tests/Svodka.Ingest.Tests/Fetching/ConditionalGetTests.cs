using Microsoft.AspNetCore.Http;
using Svodka.Ingest.Fetching;
using Svodka.Ingest.Tests.Fetching.Support;

namespace Svodka.Ingest.Tests.Fetching;

public sealed class ConditionalGetTests
{
    private const string ETag = "\"v1-42\"";
    private const string LastModified = "Tue, 03 Jun 2025 10:15:00 GMT";

    [Fact]
    public async Task ETag_sent_back_gets_304_and_no_body()
    {
        var seen = new List<string?>();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
            lock (seen) seen.Add(ifNoneMatch);
            context.Response.Headers.ETag = ETag;
            if (ifNoneMatch == ETag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            await context.Response.WriteAsync("<rss/>");
        });
        using var fetcher = TestFetcher.Create();

        var first = await fetcher.FetchAsync(server.Root);
        var second = await fetcher.FetchAsync(new FetchRequest(server.Root) { ETag = first.ETag });

        Assert.Equal(ETag, first.ETag);
        Assert.False(first.NotModified);
        Assert.Equal("<rss/>"u8.ToArray(), first.Body);
        Assert.Equal(["", ETag], seen);
        Assert.True(second.NotModified);
        Assert.Equal(304, second.StatusCode);
        Assert.Empty(second.Body);
        Assert.Equal(ETag, second.ETag);
    }

    [Fact]
    public async Task Last_Modified_sent_back_as_If_Modified_Since_gets_304()
    {
        string? ifModifiedSince = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            ifModifiedSince = context.Request.Headers.IfModifiedSince.ToString();
            context.Response.Headers.LastModified = LastModified;
            if (ifModifiedSince == LastModified)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            await context.Response.WriteAsync("<feed/>");
        });
        using var fetcher = TestFetcher.Create();

        var first = await fetcher.FetchAsync(server.Root);
        var second = await fetcher.FetchAsync(new FetchRequest(server.Root) { LastModified = first.LastModified });

        Assert.Equal(LastModified, first.LastModified);
        Assert.Equal(LastModified, ifModifiedSince);
        Assert.True(second.NotModified);
        Assert.Equal(LastModified, second.LastModified);
    }

    [Fact]
    public async Task A_304_that_omits_the_validators_keeps_the_ones_sent()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        });
        using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(new FetchRequest(server.Root) { ETag = ETag, LastModified = LastModified });

        Assert.True(response.NotModified);
        Assert.Equal(ETag, response.ETag);
        Assert.Equal(LastModified, response.LastModified);
    }

    [Fact]
    public async Task An_unquoted_ETag_goes_back_exactly_as_the_server_wrote_it()
    {
        // Many publishers send ETags without the quotes RFC 9110 asks for; they still expect them back.
        string? ifNoneMatch = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
            context.Response.Headers.ETag = "5f2b-abc";
            await context.Response.WriteAsync("x");
        });
        using var fetcher = TestFetcher.Create();

        var first = await fetcher.FetchAsync(server.Root);
        await fetcher.FetchAsync(new FetchRequest(server.Root) { ETag = first.ETag });

        Assert.Equal("5f2b-abc", first.ETag);
        Assert.Equal("5f2b-abc", ifNoneMatch);
    }

    [Fact]
    public async Task A_validator_with_a_line_break_is_not_sent()
    {
        string? ifNoneMatch = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
            await context.Response.WriteAsync("x");
        });
        using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(new FetchRequest(server.Root) { ETag = "\"a\"\r\nX-Injected: 1" });

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("", ifNoneMatch);
    }

    [Fact]
    public async Task Content_type_comes_back_with_its_charset()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=windows-1251";
            await context.Response.Body.WriteAsync(new byte[] { 0xCF, 0xF0, 0xE8 });
        });
        using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Root);

        Assert.Equal("application/rss+xml; charset=windows-1251", response.ContentType);
        Assert.Equal(new byte[] { 0xCF, 0xF0, 0xE8 }, response.Body);
        Assert.Equal(3, response.Bytes);
    }
}
