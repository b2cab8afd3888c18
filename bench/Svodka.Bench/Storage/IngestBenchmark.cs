using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Bench.Feeds;
using Svodka.Demo;
using Svodka.Ingest.Feeds;
using Svodka.Ingest.Processing;
using Svodka.Ingest.Sanitizing;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;

namespace Svodka.Bench.Storage;

/// <summary>
/// The collector's path after the network, end to end: feed bytes → FeedParser → DraftBuilder (sanitising,
/// canonical URL, content hash) → ArticleStore.StoreFetchAsync (de-duplication by canonical URL and content,
/// one transaction per fetch), on a fresh database. Two sets: the offline demo's feeds as its server renders
/// them, and a generated set of --items full-text RSS items spread over --feeds feeds. Each set is ingested
/// twice: the first pass stores everything, the second is a re-poll in which every item is a duplicate.
///   ingest --db sqlite|postgres [--pg CONNECTION] [--items 100000] [--feeds 20] [--set demo|generated|both]
/// </summary>
public sealed class IngestBenchmark : IBenchCommand
{
    public string Name => "ingest";
    public string Description => "parse + de-duplicate + store articles/s on the demo feeds and a generated set: --db sqlite|postgres --items N --feeds N --set demo|generated|both";

    public async Task<int> RunAsync(string[] args)
    {
        var db = BenchReport.Option(args, "--db", "sqlite")!;
        var items = int.Parse(BenchReport.Option(args, "--items", "100000")!);
        var feeds = int.Parse(BenchReport.Option(args, "--feeds", "20")!);
        var set = BenchReport.Option(args, "--set", "both")!;
        if (set is not ("demo" or "generated" or "both"))
        {
            Console.Error.WriteLine($"ingest: --set is demo, generated or both, not '{set}'");
            return 2;
        }

        if (set is "demo" or "both")
        {
            var demo = DemoFeeds();
            if (!await RunSetAsync(db, args, "demo", demo)) return 2;
        }
        if (set is "generated" or "both")
        {
            var generated = GeneratedFeeds(items, feeds);
            if (!await RunSetAsync(db, args, "generated", generated)) return 2;
        }
        Console.WriteLine(BenchReport.PeakMemory());
        return 0;
    }

    private sealed record BenchFeed(string Title, Uri Url, byte[] Body, string ContentType);

    private static async Task<bool> RunSetAsync(string db, string[] args, string name, IReadOnlyList<BenchFeed> feeds)
    {
        await using var database = await BenchDatabase.CreateAsync(db, BenchReport.Option(args, "--pg"));
        if (database is null) return false;
        await using var services = new ServiceCollection().AddSvodkaStorage(database.Target).BuildServiceProvider();
        await SvodkaDatabase.MigrateAsync(services, CancellationToken.None);
        var sourceStore = services.GetRequiredService<SourceStore>();
        var sources = new List<long>();
        foreach (var feed in feeds)
            sources.Add((await sourceStore.AddAsync(new NewSource(feed.Url.AbsoluteUri, feed.Title), CancellationToken.None)).Id);
        var store = services.GetRequiredService<ArticleStore>();
        var builder = new DraftBuilder(new ArticleHtmlSanitizer());
        var megabytes = feeds.Sum(f => f.Body.Length) / (1024.0 * 1024);
        Console.WriteLine($"ingest {name}: {feeds.Count} feeds, {megabytes:F1} MB, {database.Target.Describe()}");

        foreach (var pass in new[] { "first poll", "re-poll" })
        {
            long parsed = 0, added = 0, seen = 0;
            var at = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero).AddMinutes(pass == "first poll" ? 0 : 10);
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < feeds.Count; i++)
            {
                var feed = feeds[i];
                var parsedFeed = FeedParser.Parse(feed.Body, feed.Url, feed.ContentType);
                var drafts = new List<Core.Model.ArticleDraft>(parsedFeed.Items.Count);
                foreach (var item in parsedFeed.Items)
                    if (builder.Build(item, parsedFeed, feed.Url, out _) is { } draft) drafts.Add(draft);
                parsed += parsedFeed.Items.Count;
                var result = await store.StoreFetchAsync(sources[i], drafts,
                    new FetchOutcome(at, 200, TimeSpan.FromMilliseconds(200), feed.Body.Length, null, null, null, at.AddMinutes(10)),
                    CancellationToken.None);
                added += result.New;
                seen += result.Seen;
            }
            clock.Stop();
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"  {pass,-10}: {BenchReport.Rate(parsed, clock.Elapsed, "items")}; {added:N0} new, {seen:N0} duplicates; " +
                              $"{parsed / Math.Max(cpuSeconds, 1e-9):N0} items per CPU-second");
        }
        Console.WriteLine($"  {await store.CountAsync(CancellationToken.None):N0} articles stored; {await database.SizeAsync()}");
        return true;
    }

    /// <summary>Every demo outlet's feed, as the demo server renders it now (broken feeds included: they fail to parse and count nothing).</summary>
    private static List<BenchFeed> DemoFeeds()
    {
        var catalog = DemoCatalog.Load(DemoCatalog.DefaultDirectory());
        var site = new DemoSite(catalog);
        var at = RenderContext.At(new Uri("http://127.0.0.1:8089/"), DateTimeOffset.UtcNow);
        var feeds = new List<BenchFeed>();
        foreach (var outlet in catalog.Outlets)
        {
            var response = site.Respond($"/{outlet.Id}/{outlet.Feed.Path}", at);
            if (response.Status != 200) continue;
            try
            {
                FeedParser.Parse(response.Body, at.FeedUrl(outlet), response.ContentType);
            }
            catch (Exception e) when (e is FeedParseException or System.Xml.XmlException or FormatException)
            {
                continue; // the demo's deliberately broken feeds: the collector marks them failing
            }
            feeds.Add(new BenchFeed(outlet.Name, at.FeedUrl(outlet), response.Body, response.ContentType));
        }
        return feeds;
    }

    /// <summary>items full-text RSS items over feeds feeds of distinct hosts (so their URLs differ).</summary>
    private static List<BenchFeed> GeneratedFeeds(int items, int feeds)
    {
        var per = (items + feeds - 1) / feeds;
        var template = Encoding.UTF8.GetString(BenchFeeds.Rss(per, full: true));
        return Enumerable.Range(0, feeds).Select(i => new BenchFeed($"Лента {i}",
            new Uri($"https://news{i}.example.ru/rss"),
            Encoding.UTF8.GetBytes(template.Replace("news.example.ru", $"news{i}.example.ru", StringComparison.Ordinal)),
            "application/rss+xml; charset=utf-8")).ToList();
    }
}
