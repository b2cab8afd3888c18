using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;

namespace Svodka.Bench.Storage;

/// <summary>
/// Throughput of ArticleStore.StoreFetchAsync, de-duplication included, on a fresh database:
///   store --db sqlite|postgres [--pg CONNECTION] [--items 100000] [--batch 100] [--workers 1]
/// PostgreSQL comes from --pg or SVODKA_TEST_POSTGRES; a database of its own is created and dropped.
/// </summary>
public sealed class StoreBenchmark : IBenchCommand
{
    private const int SourceCount = 20;
    private const double DuplicateShare = 0.10;

    public string Name => "store";
    public string Description => "StoreFetchAsync throughput with de-duplication: --db sqlite|postgres --items N --batch N --workers N";

    public async Task<int> RunAsync(string[] args)
    {
        var db = BenchReport.Option(args, "--db", "sqlite")!;
        var items = int.Parse(BenchReport.Option(args, "--items", "100000")!);
        var batch = int.Parse(BenchReport.Option(args, "--batch", "100")!);
        var workers = int.Parse(BenchReport.Option(args, "--workers", "1")!);

        await using var database = await BenchDatabase.CreateAsync(db, BenchReport.Option(args, "--pg"));
        if (database is null) return 2;
        Console.WriteLine($"store: {items:N0} drafts in fetches of {batch} from {SourceCount} sources, " +
                          $"{DuplicateShare:P0} re-reports, {workers} worker(s), {database.Target.Describe()}");

        await using var services = new ServiceCollection().AddSvodkaStorage(database.Target).BuildServiceProvider();
        await SvodkaDatabase.MigrateAsync(services, CancellationToken.None);
        var sources = new List<long>();
        for (var i = 0; i < SourceCount; i++)
            sources.Add((await services.GetRequiredService<SourceStore>()
                .AddAsync(new NewSource($"https://source{i}.example.ru/rss", $"Источник {i}"), CancellationToken.None)).Id);

        var store = services.GetRequiredService<ArticleStore>();
        var generator = new NewsDraftGenerator(SourceCount, DuplicateShare);
        var fetches = (items + batch - 1) / batch;
        long added = 0, seen = 0, storing = 0;
        var cpu = TimeSpan.Zero;
        using var process = Process.GetCurrentProcess();
        var at = new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.Zero);

        // Drafts are generated between rounds, outside the clock; each round stores one fetch per worker at once.
        for (var f = 0; f < fetches; f += workers)
        {
            var round = Enumerable.Range(f, Math.Min(workers, fetches - f)).Select(i =>
            {
                var size = Math.Min(batch, items - i * batch);
                return (Source: sources[i % SourceCount], Drafts: generator.Fetch(i % SourceCount, size));
            }).ToList();
            at = at.AddMinutes(1);

            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var results = await Task.WhenAll(round.Select(r => Task.Run(() => store.StoreFetchAsync(r.Source, r.Drafts,
                new FetchOutcome(at, 200, TimeSpan.FromMilliseconds(300), 200_000, null, "\"e\"", null, at.AddMinutes(10)),
                CancellationToken.None))));
            storing += clock.ElapsedTicks;
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuBefore;
            added += results.Sum(r => r.New);
            seen += results.Sum(r => r.Seen);
        }

        var elapsed = TimeSpan.FromSeconds((double)storing / Stopwatch.Frequency);
        Console.WriteLine($"store: {BenchReport.Rate(added + seen, elapsed, "drafts")} ({added:N0} new articles, {seen:N0} duplicates)");
        // The machine may be shared: CPU spent in this process tells the cost apart from waiting for a core.
        Console.WriteLine($"store: {cpu.TotalSeconds:F2} s CPU in this process while storing = {(added + seen) / Math.Max(cpu.TotalSeconds, 1e-9):N0} drafts per CPU-second; load average {LoadAverage()}");
        Console.WriteLine($"store: {await store.CountAsync(CancellationToken.None):N0} articles stored; {await database.SizeAsync()}; {BenchReport.PeakMemory()}");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
