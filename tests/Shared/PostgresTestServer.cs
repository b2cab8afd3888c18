using System.Data.Common;

namespace Svodka.Testing;

/// <summary>
/// The PostgreSQL server named by SVODKA_TEST_POSTGRES (a connection string without Database, e.g.
/// "Host=127.0.0.1;Port=55432;Username=postgres"; ./test starts one and sets it). Tests get databases
/// of their own on it and drop them; without the variable they skip and say why.
/// </summary>
internal static class PostgresTestServer
{
    public const string Variable = "SVODKA_TEST_POSTGRES";

    /// <summary>The server's connection string, or null when PostgreSQL tests are off.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>The server's connection string, or skips the calling test with a message saying how to run it.</summary>
    public static string Require()
    {
        var server = ConnectionString;
        if (server is null)
            Assert.Skip($"PostgreSQL tests skipped: {Variable} is not set (a server connection string without Database, " +
                        "e.g. \"Host=127.0.0.1;Port=55432;Username=postgres\"; ./test starts a server and sets it)");
        return server!;
    }

    /// <summary>Creates an empty database svodka_test_&lt;random&gt;; dispose it to drop it. Skips the test when no server is set.</summary>
    public static async Task<PostgresTestDatabase> CreateDatabaseAsync(CancellationToken ct = default)
    {
        var server = Require();
        var name = "svodka_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" ENCODING 'UTF8'", ct);
        var builder = new DbConnectionStringBuilder { ConnectionString = server };
        builder["Database"] = name;
        return new PostgresTestDatabase(server, name, builder.ConnectionString);
    }

    internal static async Task ExecuteAsync(string server, string sql, CancellationToken ct)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = server };
        builder["Database"] = "postgres";
        // Pooling off: the maintenance connection must not linger and hold the server's slots.
        builder["Pooling"] = "false";
        await using var connection = NpgsqlFactory().CreateConnection()!;
        connection.ConnectionString = builder.ConnectionString;
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    // Reached by name because this file is compiled into every test project, and only those that
    // talk to PostgreSQL reference Npgsql.
    private static DbProviderFactory NpgsqlFactory() =>
        Type.GetType("Npgsql.NpgsqlFactory, Npgsql")?.GetField("Instance")?.GetValue(null) as DbProviderFactory
        ?? throw new InvalidOperationException("PostgreSQL tests need the Npgsql package in the test project");
}

/// <summary>A database of one test (or one test run) on the test server; disposing drops it, connections and all.</summary>
internal sealed class PostgresTestDatabase(string server, string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    /// <summary>The server's connection string with Database set to this database.</summary>
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync() =>
        await PostgresTestServer.ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None);
}
