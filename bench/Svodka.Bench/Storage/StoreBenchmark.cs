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

    /// <summary>A throw-away database for one run.</summary>
    private sealed class BenchDatabase : IAsyncDisposable
    {
        private readonly string? sqliteDir;
        private readonly (string Server, string Name)? postgres;

        private BenchDatabase(DatabaseTarget target, string? sqliteDir, (string, string)? postgres)
        {
            Target = target;
            this.sqliteDir = sqliteDir;
            this.postgres = postgres;
        }

        public DatabaseTarget Target { get; }

        public static async Task<BenchDatabase?> CreateAsync(string kind, string? pg)
        {
            if (kind == "sqlite")
            {
                var dir = Path.Combine(Path.GetTempPath(), "svodka-bench-" + Guid.NewGuid().ToString("N"));
                return new BenchDatabase(SvodkaDatabase.Resolve(null, dir), dir, null);
            }
            if (kind != "postgres")
            {
                Console.Error.WriteLine($"store: --db is sqlite or postgres, not '{kind}'");
                return null;
            }
            var server = pg ?? Environment.GetEnvironmentVariable("SVODKA_TEST_POSTGRES");
            if (string.IsNullOrEmpty(server))
            {
                Console.Error.WriteLine("store: PostgreSQL needs --pg CONNECTION or SVODKA_TEST_POSTGRES (a connection string without Database)");
                return null;
            }
            var name = "svodka_bench_" + Guid.NewGuid().ToString("N")[..12];
            await AdminAsync(server, $"CREATE DATABASE \"{name}\"");
            var target = SvodkaDatabase.Resolve(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, "");
            return new BenchDatabase(target, null, (server, name));
        }

        public async Task<string> SizeAsync()
        {
            if (sqliteDir is not null)
                return $"SQLite files {Directory.GetFiles(sqliteDir).Sum(f => new FileInfo(f).Length) / (1024.0 * 1024):F0} MB";
            await using var connection = new NpgsqlConnection(Target.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
            return $"PostgreSQL database {(long)(await command.ExecuteScalarAsync())! / (1024.0 * 1024):F0} MB";
        }

        public async ValueTask DisposeAsync()
        {
            if (sqliteDir is not null)
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(sqliteDir, recursive: true);
            }
            if (postgres is { } pg)
            {
                NpgsqlConnection.ClearAllPools();
                await AdminAsync(pg.Server, $"DROP DATABASE IF EXISTS \"{pg.Name}\" WITH (FORCE)");
            }
        }

        private static async Task AdminAsync(string server, string sql)
        {
            await using var connection = new NpgsqlConnection(
                new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
