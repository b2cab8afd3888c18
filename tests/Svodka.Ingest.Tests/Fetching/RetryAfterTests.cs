using Microsoft.AspNetCore.Http;
using Svodka.Ingest.Fetching;
using Svodka.Ingest.Tests.Fetching.Support;

namespace Svodka.Ingest.Tests.Fetching;

public sealed class RetryAfterTests
{
    [Theory]
    [InlineData(429, "HTTP 429 Too Many Requests (retry after 120 s)")]
    [InlineData(503, "HTTP 503 Service Unavailable (retry after 120 s)")]
    public async Task Retry_After_in_seconds_is_surfaced_and_not_retried_inline(int status, string message)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });
        using var fetcher = TestFetcher.Create();

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.HttpStatus, e.Failure);
        Assert.Equal(status, e.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), e.RetryAfter);
        Assert.Equal(message, e.Message);
        Assert.Equal(1, server.Requests);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Retry_After_as_an_HTTP_date_becomes_a_wait_from_now(int status)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddMinutes(10).ToString("R");
            return Task.CompletedTask;
        });
        using var fetcher = TestFetcher.Create();

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.NotNull(e.RetryAfter);
        // The header has whole seconds and Kestrel's Date header is cached for a second.
        Assert.InRange(e.RetryAfter.Value.TotalSeconds, 595, 602);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_Retry_After_date_is_measured_against_the_servers_clock()
    {
        // A server whose clock runs an hour fast asks for two minutes: we wait two minutes, not an hour and two.
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            var serverNow = DateTimeOffset.UtcNow.AddHours(1);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.Date = serverNow.ToString("R");
            context.Response.Headers.RetryAfter = serverNow.AddMinutes(2).ToString("R");
            return Task.CompletedTask;
        });
        using var fetcher = TestFetcher.Create();

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(TimeSpan.FromMinutes(2), e.RetryAfter);
    }

    [Fact]
    public async Task Retry_After_on_a_success_is_surfaced_too()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.RetryAfter = "3600";
            await context.Response.WriteAsync("ok");
        });
        using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Root);

        Assert.Equal(TimeSpan.FromHours(1), response.RetryAfter);
    }
}
