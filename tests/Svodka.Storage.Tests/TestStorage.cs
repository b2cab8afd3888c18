using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage.Articles;
using Svodka.Storage.FetchLog;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;
using Svodka.Testing;

namespace Svodka.Storage.Tests;

/// <summary>Both databases a storage test runs against.</summary>
public static class Databases
{
    public static TheoryData<DatabaseProvider> Both => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };
}

/// <summary>
/// A migrated, empty database of one test, wired the way the application wires it: a temp SQLite
/// file, or a database of its own on the PostgreSQL test server (the test skips without one).
/// </summary>
internal sealed class TestStorage : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly string? sqliteDir;
    private readonly PostgresTestDatabase? postgres;

    private TestStorage(DatabaseTarget target, ServiceProvider services, string? sqliteDir, PostgresTestDatabase? postgres)
    {
        Target = target;
        this.services = services;
        this.sqliteDir = sqliteDir;
        this.postgres = postgres;
    }

    public DatabaseTarget Target { get; }
    public IServiceProvider Services => services;
    public SourceStore Sources => services.GetRequiredService<SourceStore>();
    public ArticleStore Articles => services.GetRequiredService<ArticleStore>();
    public FetchLogStore FetchLog => services.GetRequiredService<FetchLogStore>();
    public StatsStore Stats => services.GetRequiredService<StatsStore>();
    public IDbContextFactory<SvodkaDb> Factory => services.GetRequiredService<IDbContextFactory<SvodkaDb>>();

    public static async Task<TestStorage> CreateAsync(DatabaseProvider provider)
    {
        string? dir = null;
        PostgresTestDatabase? postgres = null;
        DatabaseTarget target;
        if (provider == DatabaseProvider.Postgres)
        {
            postgres = await PostgresTestServer.CreateDatabaseAsync();
            target = SvodkaDatabase.Resolve(postgres.ConnectionString, dataDir: "");
        }
        else
        {
            dir = Path.Combine(Path.GetTempPath(), "svodka-storage-test-" + Guid.NewGuid().ToString("N"));
            target = SvodkaDatabase.Resolve(null, dir);
        }

        var services = new ServiceCollection().AddSvodkaStorage(target).BuildServiceProvider();
        var storage = new TestStorage(target, services, dir, postgres);
        await SvodkaDatabase.MigrateAsync(services, TestContext.Current.CancellationToken);
        return storage;
    }

    /// <summary>A second, independent set of stores on the same database: another process, in effect.</summary>
    public ServiceProvider OpenSecond() => new ServiceCollection().AddSvodkaStorage(Target).BuildServiceProvider();

    public async Task<SourceRecord> AddSourceAsync(string feedUrl, string? title = null) =>
        await Sources.AddAsync(new NewSource(feedUrl, title), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (postgres is not null) await postgres.DisposeAsync();
        if (sqliteDir is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteDir, recursive: true);
        }
    }
}
