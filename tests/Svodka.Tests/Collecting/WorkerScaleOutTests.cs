using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Collecting;
using Svodka.Testing;
using Svodka.Tests.Infrastructure;

namespace Svodka.Tests.Collecting;

/// <summary>A site that outgrows one machine adds workers against the same PostgreSQL database.</summary>
public sealed class WorkerScaleOutTests
{
    private const int Sources = 40;

    [Fact]
    public async Task Two_workers_on_one_postgresql_database_share_the_sources_and_fetch_each_once()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        var hits = new ConcurrentDictionary<int, int>();
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed/{n:int}.xml", async (HttpContext c, int n) =>
        {
            hits.AddOrUpdate(n, 1, (_, v) => v + 1);
            await Task.Delay(50); // a real server's latency, so that the workers overlap
            await LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(FeedFixtures.Rss($"https://outlet{n}.example/", 5)), "application/rss+xml");
        }));
        var settings = new Dictionary<string, string?> { ["Collector:Parallelism"] = "3" };
        await using var first = await CollectorHarness.StartAsync(settings, db: database.ConnectionString);
        await using var second = await CollectorHarness.StartAsync(settings, db: database.ConnectionString);
        for (var n = 0; n < Sources; n++) await first.AddSourceAsync(server.Url($"feed/{n}.xml"));
        var workerA = ActivatorUtilities.CreateInstance<CollectorWorker>(first.Services);
        var workerB = ActivatorUtilities.CreateInstance<CollectorWorker>(second.Services);

        int claimedA = 0, claimedB = 0;
        for (var pass = 0; pass < 20 && claimedA + claimedB < Sources; pass++)
        {
            var a = workerA.RunPassAsync(CancellationToken.None);
            var b = workerB.RunPassAsync(CancellationToken.None);
            claimedA += await a;
            claimedB += await b;
        }
        // Everything was just fetched: within the interval nothing is due for either worker.
        Assert.Equal(0, await workerA.RunPassAsync(CancellationToken.None) + await workerB.RunPassAsync(CancellationToken.None));

        Assert.Equal(Sources, claimedA + claimedB);
        Assert.True(claimedA > 0 && claimedB > 0, $"one worker did all the work (A {claimedA}, B {claimedB})");
        Assert.Equal(Sources, hits.Count);
        Assert.All(hits, h => Assert.Equal(1, h.Value));
        Assert.Equal(Sources * 5, await first.Articles.CountAsync(CancellationToken.None));
    }
}
