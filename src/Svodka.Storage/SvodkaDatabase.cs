using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Svodka.Storage.Articles;
using Svodka.Storage.Connecting;
using Svodka.Storage.FetchLog;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;
using Svodka.Storage.Stories;

namespace Svodka.Storage;

/// <summary>Where the data lives, how the stores are registered, and the schema brought up to date on start.</summary>
public static partial class SvodkaDatabase
{
    public const string DefaultFileName = "svodka.db";

    /// <summary>
    /// Chooses the database from the --db option: nothing → SQLite at DATA/svodka.db; a connection
    /// string with Host= or Server=, or a postgres:// URI → PostgreSQL; anything else is a SQLite file
    /// (a path, or a "Data Source=" connection string). Creates the file's folder.
    /// </summary>
    public static DatabaseTarget Resolve(string? db, string dataDir)
    {
        if (string.IsNullOrWhiteSpace(db))
            return SqliteFile(Path.Combine(dataDir, DefaultFileName));

        db = db.Trim();
        if (PostgresUri.IsPostgresUri(db))
            return new DatabaseTarget(DatabaseProvider.Postgres, PostgresUri.ToConnectionString(db));
        if (PostgresKeyword().IsMatch(db))
            return new DatabaseTarget(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(db).ConnectionString);
        if (SqliteKeyword().IsMatch(db))
            return SqliteFile(new SqliteConnectionStringBuilder(db).DataSource);
        return SqliteFile(db);
    }

    /// <summary>Registers IDbContextFactory&lt;SvodkaDb&gt; and the stores, all singletons.</summary>
    public static IServiceCollection AddSvodkaStorage(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(target);
        services.AddSingleton<IDbContextFactory<SvodkaDb>>(new SvodkaDbFactory(target));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SourceStore>();
        services.AddSingleton<SourceActivity>();
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<FetchLogStore>();
        services.AddSingleton<StatsStore>();
        services.AddSingleton<MetricsReads>();
        services.AddSingleton<StoryStore>();
        services.AddSingleton<StoryEditStore>();
        services.AddSingleton<Sites.SiteStore>();
        services.AddSingleton<ApiKeys.ApiKeyStore>();
        services.AddSingleton<Submissions.SubmissionStore>();
        services.AddSingleton<Users.UserStore>();
        services.AddSingleton<Submissions.DuplicateArticles>();
        services.AddSingleton<Stats.PipelineStatsStore>();
        services.AddSingleton<Portal.PortalReads>();
        services.AddSingleton(sp => Search.ArticleSearch.For(target, sp.GetRequiredService<IDbContextFactory<SvodkaDb>>()));
        return services;
    }

    /// <summary>Applies the committed migrations of the provider in use; safe to run from two processes at once.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SvodkaDb>>();
        await using var db = factory.CreateDbContext();
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the site read while the collector writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
        }
        await db.Database.MigrateAsync(ct);
        await TitleHashBackfill.RunAsync(factory, ct);
    }

    private static DatabaseTarget SqliteFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Trim() == ":memory:")
            throw new ArgumentException("SQLite needs a database file: an in-memory database would be empty on every connection");
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = SqlitePragmas.BusyTimeoutSeconds,
            Pooling = true,
            ForeignKeys = true,
        };
        return new DatabaseTarget(DatabaseProvider.Sqlite, builder.ConnectionString);
    }

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex PostgresKeyword();

    [GeneratedRegex(@"(^|;)\s*(data\s*source|filename)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SqliteKeyword();
}
