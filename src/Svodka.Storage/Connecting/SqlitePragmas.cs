using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Svodka.Storage.Connecting;

/// <summary>
/// Per-connection SQLite settings. busy_timeout makes a second writer (another worker, or the CLI
/// beside a running server) wait for the lock instead of failing with "database is locked";
/// synchronous=NORMAL is durable across a killed process in WAL mode and spares an fsync per commit.
/// They hold for the life of the underlying sqlite3 connection, which the pool keeps across many opens
/// (EF opens the connection for each query), so they are set once per sqlite3 connection, not per open.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutSeconds = 30;

    private const string Sql = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    private static readonly ConditionalWeakTable<object, object> Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Done.TryAdd(handle, handle);
}
