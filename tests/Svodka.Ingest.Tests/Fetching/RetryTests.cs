using Microsoft.AspNetCore.Http;
using Svodka.Ingest.Fetching;
using Svodka.Ingest.Tests.Fetching.Support;

namespace Svodka.Ingest.Tests.Fetching;

public sealed class RetryTests
{
    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(408)]
    public async Task A_transient_status_is_retried_inline(int status)
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = status;
                return;
            }
            await context.Response.WriteAsync("second time lucky");
        });
        using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Root);

        Assert.Equal("second time lucky"u8.ToArray(), response.Body);
        Assert.Equal(2, server.Requests);
    }

    [Theory]
    [InlineData(400, "HTTP 400 Bad Request")]
    [InlineData(403, "HTTP 403 Forbidden")]
    [InlineData(404, "HTTP 404 Not Found")]
    [InlineData(410, "HTTP 410 Gone")]
    [InlineData(429, "HTTP 429 Too Many Requests")]
    [InlineData(501, "HTTP 501 Not Implemented")]
    public async Task A_client_error_is_not_retried(int status, string message)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        using var fetcher = TestFetcher.Create();

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.HttpStatus, e.Failure);
        Assert.Equal(status, e.StatusCode);
        Assert.Equal(message, e.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_tried_MaxRetries_more_times()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        using var fetcher = TestFetcher.Create(o => o.MaxRetries = 2);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal("HTTP 500 Internal Server Error", e.Message);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task No_retries_when_MaxRetries_is_zero()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        using var fetcher = TestFetcher.Create(o => o.MaxRetries = 0);

        await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_short_Retry_After_is_waited_out_inline()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "1";
                return;
            }
            await context.Response.WriteAsync("back");
        });
        using var fetcher = TestFetcher.Create();

        var started = DateTime.UtcNow;
        var response = await fetcher.FetchAsync(server.Root);

        Assert.Equal(2, server.Requests);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9), "the retry came before Retry-After said");
        Assert.Equal("back"u8.ToArray(), response.Body);
    }

    [Fact]
    public async Task Retries_stop_in_the_second_half_of_the_budget_so_the_status_is_what_fails()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Task.Delay(300);
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
        });
        using var fetcher = TestFetcher.Create(o =>
        {
            o.MaxRetries = 50;
            o.RetryDelay = TimeSpan.FromMilliseconds(100);
            // Retries may start in the first 6 s: room for a slow first request on a busy machine (with a 4 s budget a
            // first answer after 2 s left no retry at all), and still a handful of retries before the cut.
            o.Timeout = TimeSpan.FromSeconds(12);
        });

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.HttpStatus, e.Failure);
        Assert.Equal(502, e.StatusCode);
        Assert.InRange(server.Requests, 2, 15); // about eight; far from the 50 allowed, so the budget stopped them
    }
}
