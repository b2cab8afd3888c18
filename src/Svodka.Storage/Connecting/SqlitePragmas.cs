using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Svodka.Storage.Connecting;

/// <summary>
/// Per-connection SQLite settings. busy_timeout makes a second writer (another worker, or the CLI
/// beside a running server) wait for the lock instead of failing with "database is locked";
/// synchronous=NORMAL is durable across a killed process in WAL mode and spares an fsync per commit.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutSeconds = 30;

    private const string Sql = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
