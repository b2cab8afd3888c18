using Microsoft.Data.Sqlite;
using Npgsql;
using Svodka.Storage;

namespace Svodka.Bench.Storage;

/// <summary>A throw-away database for one run.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
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
            Console.Error.WriteLine($"--db is sqlite or postgres, not '{kind}'");
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
