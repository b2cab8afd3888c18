using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Svodka.Storage.Connecting;

namespace Svodka.Storage;

/// <summary>
/// Hands out contexts of the provider's subclass as <see cref="SvodkaDb"/>, from a pool so that a
/// busy collector does not rebuild a context per chunk.
/// </summary>
internal sealed class SvodkaDbFactory : IDbContextFactory<SvodkaDb>
{
    private readonly Func<SvodkaDb> create;

    public SvodkaDbFactory(DatabaseTarget target)
    {
        create = target.Provider switch
        {
            DatabaseProvider.Sqlite => new PooledDbContextFactory<SqliteSvodkaDb>(SqliteOptions(target.ConnectionString)).CreateDbContext,
            DatabaseProvider.Postgres => new PooledDbContextFactory<PostgresSvodkaDb>(PostgresOptions(target.ConnectionString)).CreateDbContext,
            _ => throw new ArgumentOutOfRangeException(nameof(target), target.Provider, "unknown database provider"),
        };
    }

    public SvodkaDb CreateDbContext() => create();

    public static DbContextOptions<SqliteSvodkaDb> SqliteOptions(string connectionString) =>
        new DbContextOptionsBuilder<SqliteSvodkaDb>()
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmas())
            .UseSnakeCaseNamingConvention()
            .Options;

    public static DbContextOptions<PostgresSvodkaDb> PostgresOptions(string connectionString) =>
        new DbContextOptionsBuilder<PostgresSvodkaDb>()
            .UseNpgsql(Prepared(connectionString))
            .UseSnakeCaseNamingConvention()
            .Options;

    /// <summary>
    /// The contexts' connections prepare the statements they run again and again (each page's few queries) and
    /// keep them across a return to the pool, so PostgreSQL neither parses nor plans them on every request; without
    /// this, planning costs more than running a page's queries. No reset on close keeps them: the contexts set no
    /// session state (the story worker's advisory lock has its own connection string, reset as usual). An operator's
    /// own values in the connection string win.
    /// </summary>
    internal static string Prepared(string connectionString)
    {
        // NpgsqlConnectionStringBuilder.ContainsKey answers whether a keyword exists at all, not whether it was given.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToHashSet();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("maxautoprepare")) builder.MaxAutoPrepare = 100;
        if (!given.Contains("autoprepareminusages")) builder.AutoPrepareMinUsages = 2;
        if (!given.Contains("noresetonclose")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
