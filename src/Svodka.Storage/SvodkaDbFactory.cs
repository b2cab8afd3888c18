using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .Options;
}
