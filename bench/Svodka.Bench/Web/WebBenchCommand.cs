using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Cli;
using Svodka.Storage.Search;
using Svodka.Web;

namespace Svodka.Bench.Web;

/// <summary>
/// The portal under load: fills a fresh database (SQLite, or PostgreSQL with --pg), starts the site twice
/// on loopback (with the output cache, and without it: every request rendered), warms both, and runs
/// `wrk -t2 -c64 -d10s --latency` against the home page, a story, an article, a search and a feed, printing
/// requests/s and p99 per route. Needs wrk (apt-get install wrk).
/// Requests/s on two cores shared with other work says little on its own, so each run also prints the CPU time
/// one request cost: the server's (this process) and, on PostgreSQL, the database backends' too. They hold when
/// the machine is busy. --routes story,search and --only cached|uncached run a part; --keep leaves the data.
/// --executable PATH serves the filled database from that build of `svodka serve --role web` instead of from this
/// process (the published image, say, with its own runtime settings), and counts that process's CPU.
/// </summary>
public sealed partial class WebBenchCommand : IBenchCommand
{
    public string Name => "web";
    public string Description => "portal requests/s, p99 and CPU per request with wrk: cached and uncached; --pg CONNECTION, --articles N, --duration 10s, --connections 64, --routes home,story,article,search,feed, --only cached|uncached, --keep, --executable PATH";

    public async Task<int> RunAsync(string[] args)
    {
        var pg = BenchReport.Option(args, "--pg");
        var articles = int.Parse(BenchReport.Option(args, "--articles", "20000")!, CultureInfo.InvariantCulture);
        var duration = BenchReport.Option(args, "--duration", "10s")!;
        var connections = BenchReport.Option(args, "--connections", "64")!;
        var only = BenchReport.Option(args, "--only");
        var routeNames = BenchReport.Option(args, "--routes")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var keep = args.Contains("--keep");
        var executable = BenchReport.Option(args, "--executable");
        if (!WrkInstalled())
        {
            Console.Error.WriteLine("svodka-bench web: wrk is not installed (apt-get install wrk)");
            return 1;
        }

        var dataDir = Directory.CreateTempSubdirectory("svodka-web-bench-").FullName;
        string? pgDatabase = null;
        string? db = null;
        if (pg is not null)
        {
            pgDatabase = "svodka_bench_" + Guid.NewGuid().ToString("N")[..8];
            await PostgresAdmin(pg, $"CREATE DATABASE \"{pgDatabase}\"");
            db = pg.TrimEnd(';') + $";Database={pgDatabase}";
        }
        try
        {
            var settings = new GlobalSettings { Data = dataDir, Db = db };
            Console.WriteLine($"database: {(pg is null ? "SQLite" : "PostgreSQL")}; filling with {articles:N0} articles…");
            await using var cached = await StartAsync(settings, 5391, outputCache: true);
            var stopwatch = Stopwatch.StartNew();
            var data = await PortalBenchData.StoreAsync(cached.Services, articles, DateTimeOffset.UtcNow, CancellationToken.None);
            var search = cached.Services.GetRequiredService<ArticleSearch>();
            while (await search.IndexNewAsync(CancellationToken.None) > 0) { }
            Console.WriteLine($"stored {data.Articles:N0} articles in {data.Stories:N0} stories and indexed them in {stopwatch.Elapsed.TotalSeconds:F0} s");
            // The planner's statistics as autovacuum would have them a minute later: runs taken right after the fill
            // otherwise measure plans made for empty tables (the story page's database time doubled in such a run).
            if (db is not null) await PostgresAdmin(db, "ANALYZE", database: null);
            await using var uncached = executable is null ? await StartAsync(settings, 5392, outputCache: false) : null;
            if (executable is not null) await cached.StopAsync();
            using var servers = executable is null ? null : await ExternalServers.StartAsync(executable, settings, [(5391, true), (5392, false)]);

            var routes = new (string Name, string Path)[]
            {
                ("home", "/"),
                ("story", $"/story/{data.SampleStory}"),
                ("article", $"/article/{data.SampleArticle}"),
                ("search", "/search?q=" + Uri.EscapeDataString("ипотеки")),
                ("feed", "/rss"),
            }.Where(r => routeNames is null || routeNames.Contains(r.Name)).ToList();
            var cpu = new CpuMeter(pg is null ? null : db, servers?.Ids);
            if (servers is not null) Console.WriteLine($"served by {executable} (pids {string.Join(", ", servers.Ids)})");
            Console.WriteLine($"wrk -t2 -c{connections} -d{duration} --latency, 2 cores shared by the server and wrk; load average {LoadAverage()}");
            Console.WriteLine("CPU ms/req: the server's CPU time per request" + (pg is null ? "" : " + the PostgreSQL backends'"));
            Console.WriteLine($"{"route",-8} {"cached req/s",14} {"p99",10} {"CPU ms/req",14} {"uncached req/s",16} {"p99",10} {"CPU ms/req",14}  bytes");
            foreach (var (name, path) in routes)
            {
                var size = await WarmAsync(5391, path);
                await WarmAsync(5392, path);
                var hot = only is null or "cached" ? await WrkAsync(5391, path, connections, duration, cpu) : null;
                var cold = only is null or "uncached" ? await WrkAsync(5392, path, connections, duration, cpu) : null;
                Console.WriteLine($"{name,-8} {Format(hot)} {Format(cold, 16)}  {size:N0}");
            }
            Console.WriteLine($"load average {LoadAverage()}");
            Console.WriteLine(BenchReport.PeakMemory());
            if (uncached is not null) await uncached.StopAsync();
            if (servers is null) await cached.StopAsync();
            return 0;
        }
        finally
        {
            if (keep)
                Console.WriteLine($"kept: {dataDir}" + (pgDatabase is null ? "" : $" and database {pgDatabase}"));
            else
            {
                if (pgDatabase is not null) await PostgresAdmin(pg!, $"DROP DATABASE IF EXISTS \"{pgDatabase}\" WITH (FORCE)");
                try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
            }
        }
    }

    private static async Task<WebApplication> StartAsync(GlobalSettings settings, int port, bool outputCache)
    {
        var builder = SvodkaWebApp.CreateBuilder(settings, new Dictionary<string, string?>
        {
            ["Portal:OutputCache"] = outputCache ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        }, b => b.WebHost.UseUrls($"http://127.0.0.1:{port}"));
        var app = await SvodkaWebApp.BuildAsync(builder, CancellationToken.None);
        await app.StartAsync();
        return app;
    }

    private static async Task<long> WarmAsync(int port, string path)
    {
        using var client = new HttpClient();
        long size = 0;
        for (var i = 0; i < 50; i++)
        {
            var response = await client.GetAsync($"http://127.0.0.1:{port}{path}");
            response.EnsureSuccessStatusCode();
            size = (await response.Content.ReadAsByteArrayAsync()).Length;
        }
        return size;
    }

    private sealed record WrkResult(double Rps, string P99, double? ServerCpuMs, double? DatabaseCpuMs);

    private static string Format(WrkResult? r, int width = 14) =>
        r is null ? $"{"-".PadLeft(width)} {"-",10} {"-",14}"
            : $"{r.Rps.ToString("N0", CultureInfo.InvariantCulture).PadLeft(width)} {r.P99,10} {CpuColumn(r),14}";

    private static string CpuColumn(WrkResult r) =>
        r.ServerCpuMs is not { } server ? "?"
            : r.DatabaseCpuMs is { } database ? $"{server:F2}+{database:F2}" : $"{server:F2}";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task<WrkResult> WrkAsync(int port, string path, string connections, string duration, CpuMeter cpu)
    {
        var before = await cpu.ReadAsync();
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-t2", $"-c{connections}", $"-d{duration}", "--latency", $"http://127.0.0.1:{port}{path}" }) start.ArgumentList.Add(a);
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var after = await cpu.ReadAsync();
        var requests = RequestCount().Match(output) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var rps = RequestsPerSecond().Match(output);
        var p99 = Percentile99().Match(output);
        if (NonSuccess().Match(output) is { Success: true } bad) Console.Error.WriteLine($"  {path}: {bad.Value.Trim()}");
        double? PerRequest(TimeSpan? spent) => spent is { } t && requests > 0 ? t.TotalMilliseconds / requests : null;
        return new WrkResult(rps.Success ? double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture) : 0, p99.Success ? p99.Groups[1].Value : "?",
            PerRequest(after.Server - before.Server), PerRequest(CpuMeter.Spent(before.Database, after.Database)));
    }

    private static bool WrkInstalled()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("wrk", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            p?.WaitForExit();
            return p is not null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task PostgresAdmin(string server, string sql, string? database = "postgres")
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(server) { Pooling = false };
        if (database is not null) builder.Database = database;
        await using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+99%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"(\d+) requests in ")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Non-2xx or 3xx responses: \d+")]
    private static partial Regex NonSuccess();
}
