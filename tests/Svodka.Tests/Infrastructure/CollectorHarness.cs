using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Svodka.Cli;
using Svodka.Collecting;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Tests.Infrastructure;

/// <summary>The collector's real services on a throwaway database (SQLite by default).</summary>
public sealed class CollectorHarness : IAsyncDisposable
{
    private readonly string dataDir;

    private CollectorHarness(ServiceProvider services, string dataDir)
    {
        Services = services;
        this.dataDir = dataDir;
    }

    public ServiceProvider Services { get; }
    public SourceStore Sources => Services.GetRequiredService<SourceStore>();
    public ArticleStore Articles => Services.GetRequiredService<ArticleStore>();
    public SourceCollector Collector => Services.GetRequiredService<SourceCollector>();

    /// <param name="settings">Configuration keys as in svodka.json ("Fetcher:Timeout" …).</param>
    /// <param name="db">A database for --db (a PostgreSQL connection string), or null for SQLite in a temp dir.</param>
    public static async Task<CollectorHarness> StartAsync(IDictionary<string, string?>? settings = null, string? db = null)
    {
        var dataDir = Directory.CreateTempSubdirectory("svodka-test-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["Fetcher:AllowPrivateAddresses"] = "true",
            ["Fetcher:Timeout"] = "00:00:05",
            ["Fetcher:ConnectTimeout"] = "00:00:02",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var global = new GlobalSettings { Data = dataDir, Db = db };

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        SvodkaRuntime.AddSvodkaServices(services, configuration, global);
        var provider = services.BuildServiceProvider();
        await SvodkaDatabase.MigrateAsync(provider, CancellationToken.None);
        return new CollectorHarness(provider, dataDir);
    }

    /// <param name="pages">Whether article pages are fetched; the test feeds link to hosts that do not exist, so by default never.</param>
    public async Task<SourceRecord> AddSourceAsync(Uri feedUrl, string? title = null, FetchPolicy pages = FetchPolicy.Never) =>
        await Sources.AddAsync(new NewSource(feedUrl.AbsoluteUri, title, null, null, pages), CancellationToken.None);

    /// <summary>Collects every source due at <paramref name="at"/> (default now), as one worker pass would.</summary>
    public async Task<IReadOnlyList<CollectResult>> CollectDueAsync(DateTimeOffset? at = null)
    {
        var leases = await Sources.ClaimDueAsync("test-worker", at ?? DateTimeOffset.UtcNow, 1000, TimeSpan.FromMinutes(5), CancellationToken.None);
        var results = new List<CollectResult>();
        await Parallel.ForEachAsync(leases, async (lease, ct) =>
        {
            var r = await Collector.CollectAsync(lease, ct);
            lock (results) results.Add(r);
        });
        return results;
    }

    public async Task<SourceRecord> SourceAsync(long id) =>
        await Sources.FindAsync(id.ToString(), CancellationToken.None) ?? throw new InvalidOperationException($"source {id} vanished");

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }
}
