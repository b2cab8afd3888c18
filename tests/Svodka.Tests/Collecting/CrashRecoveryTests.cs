using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;
using Svodka.Tests.Infrastructure;

namespace Svodka.Tests.Collecting;

/// <summary>Nothing is lost: a worker killed mid-ingest loses no committed article and duplicates none after restart.</summary>
public sealed class CrashRecoveryTests
{
    private const int Feeds = 20;
    private const int ItemsPerFeed = 500;

    [Fact]
    public async Task A_worker_killed_while_10000_items_come_in_resumes_without_loss_or_duplicates()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed/{n:int}.xml", (HttpContext c, int n) =>
            LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(FeedFixtures.Rss($"https://outlet{n}.example/", ItemsPerFeed, $"Лента {n}")), "application/rss+xml")));
        var dataDir = Directory.CreateTempSubdirectory("svodka-crash-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["SVODKA_Fetcher__AllowPrivateAddresses"] = "true",
            ["SVODKA_Collector__LeaseDuration"] = "00:00:03",
            ["SVODKA_Collector__IdlePoll"] = "00:00:01",
            ["SVODKA_Collector__Parallelism"] = "4",
        };
        try
        {
            // The test's own view of the database: sources are added through it, counts read through it.
            await using var db = await CollectorHarness.StartAsync(db: Path.Combine(dataDir, "svodka.db"));
            for (var n = 0; n < Feeds; n++) await db.AddSourceAsync(server.Url($"feed/{n}.xml"));
            Task<long> CountAsync() => db.Articles.CountAsync(CancellationToken.None);
            async Task<List<string>> UrlsAsync()
            {
                var urls = new List<string>();
                for (var page = 0; ; page++)
                {
                    var batch = await db.Articles.ListAsync(new ArticleQuery { Take = ArticleQuery.MaxTake, Skip = page * ArticleQuery.MaxTake }, CancellationToken.None);
                    urls.AddRange(batch.Select(a => a.Url));
                    if (batch.Count < ArticleQuery.MaxTake) return urls;
                }
            }

            // First run: killed as soon as some articles are committed and before all are.
            var committedAtKill = new HashSet<string>();
            await using (var worker = SvodkaProcess.Start(["worker", "--data", dataDir], environment))
            {
                var deadline = DateTime.UtcNow.AddSeconds(120);
                while (await CountAsync() < ItemsPerFeed)
                {
                    Assert.False(worker.HasExited, "the worker exited on its own: " + worker.Stderr);
                    Assert.True(DateTime.UtcNow < deadline, "no articles arrived: " + worker.Stderr);
                    await Task.Delay(20);
                }
                worker.Kill();
            }
            foreach (var url in await UrlsAsync()) committedAtKill.Add(url);
            Assert.InRange(committedAtKill.Count, 1, Feeds * ItemsPerFeed - 1);

            // Second run: picks up the leases the dead worker held once they expire, and finishes.
            await using (var worker = SvodkaProcess.Start(["worker", "--data", dataDir], environment))
            {
                var deadline = DateTime.UtcNow.AddSeconds(120);
                while (await CountAsync() < Feeds * ItemsPerFeed)
                {
                    Assert.False(worker.HasExited, "the restarted worker exited: " + worker.Stderr);
                    Assert.True(DateTime.UtcNow < deadline, $"only {await CountAsync()} articles after restart: {worker.Stderr}");
                    await Task.Delay(200);
                }
            }

            var urls = await UrlsAsync();
            Assert.Equal(Feeds * ItemsPerFeed, urls.Count);
            Assert.Equal(urls.Count, urls.Distinct().Count());
            Assert.Subset(urls.ToHashSet(), committedAtKill);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
