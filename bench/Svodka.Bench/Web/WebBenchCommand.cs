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
/// </summary>
public sealed partial class WebBenchCommand : IBenchCommand
{
    public string Name => "web";
    public string Description => "portal requests/s and p99 with wrk: cached and uncached; --pg CONNECTION, --articles N, --duration 10s, --connections 64";

    public async Task<int> RunAsync(string[] args)
    {
        var pg = BenchReport.Option(args, "--pg");
        var articles = int.Parse(BenchReport.Option(args, "--articles", "20000")!, CultureInfo.InvariantCulture);
        var duration = BenchReport.Option(args, "--duration", "10s")!;
        var connections = BenchReport.Option(args, "--connections", "64")!;
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
            await using var uncached = await StartAsync(settings, 5392, outputCache: false);

            var routes = new (string Name, string Path)[]
            {
                ("home", "/"),
                ("story", $"/story/{data.SampleStory}"),
                ("article", $"/article/{data.SampleArticle}"),
                ("search", "/search?q=" + Uri.EscapeDataString("ипотеки")),
                ("feed", "/rss"),
            };
            Console.WriteLine($"wrk -t2 -c{connections} -d{duration} --latency, 2 cores shared by the server and wrk");
            Console.WriteLine($"{"route",-8} {"cached req/s",14} {"p99",10} {"uncached req/s",16} {"p99",10}  bytes");
            foreach (var (name, path) in routes)
            {
                var size = await WarmAsync(5391, path) ;
                await WarmAsync(5392, path);
                var hot = await WrkAsync(5391, path, connections, duration);
                var cold = await WrkAsync(5392, path, connections, duration);
                Console.WriteLine($"{name,-8} {hot.Rps,14:N0} {hot.P99,10} {cold.Rps,16:N0} {cold.P99,10}  {size:N0}");
            }
            Console.WriteLine(BenchReport.PeakMemory());
            await uncached.StopAsync();
            await cached.StopAsync();
            return 0;
        }
        finally
        {
            if (pgDatabase is not null) await PostgresAdmin(pg!, $"DROP DATABASE IF EXISTS \"{pgDatabase}\" WITH (FORCE)");
            try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
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

    private static async Task<(double Rps, string P99)> WrkAsync(int port, string path, string connections, string duration)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-t2", $"-c{connections}", $"-d{duration}", "--latency", $"http://127.0.0.1:{port}{path}" }) start.ArgumentList.Add(a);
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var rps = RequestsPerSecond().Match(output);
        var p99 = Percentile99().Match(output);
        if (NonSuccess().Match(output) is { Success: true } bad) Console.Error.WriteLine($"  {path}: {bad.Value.Trim()}");
        return (rps.Success ? double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture) : 0, p99.Success ? p99.Groups[1].Value : "?");
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

    private static async Task PostgresAdmin(string server, string sql)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+99%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"Non-2xx or 3xx responses: \d+")]
    private static partial Regex NonSuccess();
}
