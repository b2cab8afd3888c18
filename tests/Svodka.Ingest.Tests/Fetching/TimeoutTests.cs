using System.Diagnostics;
using Svodka.Ingest.Fetching;
using Svodka.Ingest.Tests.Fetching.Support;

namespace Svodka.Ingest.Tests.Fetching;

public sealed class TimeoutTests
{
    // "Does not hang": generous next to the 1 s timeouts below, so a loaded machine does not fail the test.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_server_that_accepts_and_never_answers_times_out()
    {
        await using var server = RawServer.Start(connection => connection.StallAsync());
        using var fetcher = TestFetcher.Create(o => o.Timeout = TimeSpan.FromSeconds(1));

        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.Timeout, e.Failure);
        Assert.Equal("timed out after 1 s", e.Message);
        Assert.True(clock.Elapsed < Hang, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_server_that_stalls_mid_body_times_out()
    {
        await using var server = RawServer.Start(async connection =>
        {
            await connection.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n<rss><channel>");
            await connection.StallAsync();
        });
        using var fetcher = TestFetcher.Create(o => o.Timeout = TimeSpan.FromSeconds(1));

        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.Timeout, e.Failure);
        Assert.True(clock.Elapsed < Hang, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task The_callers_cancellation_ends_a_fetch_as_cancelled_not_as_a_failure()
    {
        await using var server = RawServer.Start(connection => connection.StallAsync());
        using var fetcher = TestFetcher.Create(o => o.Timeout = TimeSpan.FromMinutes(1));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(server.Root, cancel.Token));

        Assert.True(clock.Elapsed < Hang, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_server_that_closes_mid_body_is_a_network_failure()
    {
        await using var server = RawServer.Start(connection =>
            connection.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n<rss>"));
        using var fetcher = TestFetcher.Create(o => o.MaxRetries = 0);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.Network, e.Failure);
        Assert.Equal($"{server.Root.Authority} closed the connection in the middle of the body", e.Message);
    }

    [Fact]
    public async Task A_connection_that_cannot_be_made_in_time_is_a_connect_timeout()
    {
        using var fetcher = TestFetcher.Guarded(new FakeResolver().Hang("slow.example"), o =>
        {
            o.ConnectTimeout = TimeSpan.FromSeconds(1);
            o.Timeout = TimeSpan.FromSeconds(30);
            o.MaxRetries = 0;
        });

        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri("http://slow.example/rss")));

        Assert.Equal(FetchFailure.Timeout, e.Failure);
        Assert.Equal("could not connect to slow.example within 1 s", e.Message);
        Assert.True(clock.Elapsed < Hang, $"took {clock.Elapsed}");
    }
}
