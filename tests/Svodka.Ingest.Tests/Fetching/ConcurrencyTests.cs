using Microsoft.AspNetCore.Http;
using Svodka.Ingest.Tests.Fetching.Support;

namespace Svodka.Ingest.Tests.Fetching;

/// <summary>
/// Timings of queued fetches: run alone (<see cref="TimingCollection"/>), since other test classes flooding
/// sockets or parsing huge pages on the same two cores would delay these requests by seconds.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task The_server_sees_at_most_two_requests_at_once_from_ten_issued_together()
    {
        var inFlight = 0;
        var most = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(250);
            Interlocked.Decrement(ref inFlight);
            await context.Response.WriteAsync("ok");
        });
        using var fetcher = TestFetcher.Create(o => o.MaxPerHost = 2);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => fetcher.FetchAsync(server.Url($"/{i}"))));

        Assert.All(responses, r => Assert.Equal(200, r.StatusCode));
        Assert.Equal(10, server.Requests);
        Assert.Equal(2, most);
    }

    [Fact]
    public async Task Waiting_for_a_slot_does_not_use_up_the_time_budget()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Task.Delay(500);
            await context.Response.WriteAsync("ok");
        });
        // Ten fetches through one slot take over 5 s in all; each alone takes 0.5 s of its 3 s budget, which
        // leaves room for a slow machine but not for counting the wait in the queue.
        using var fetcher = TestFetcher.Create(o =>
        {
            o.MaxPerHost = 1;
            o.Timeout = TimeSpan.FromSeconds(3);
        });
        await fetcher.FetchAsync(server.Url("/warm-up")); // the first request pays for JIT and connection set-up

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => fetcher.FetchAsync(server.Url($"/{i}"))));

        Assert.All(responses, r => Assert.Equal(200, r.StatusCode));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, current) == current) return;
    }
}
