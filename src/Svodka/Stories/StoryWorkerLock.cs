using Npgsql;
using Svodka.Storage;

namespace Svodka.Stories;

/// <summary>
/// Only one story worker may run per database: the clusterer's state lives in its memory, and two of
/// them would split one event into two stories. PostgreSQL: a session advisory lock, released by the
/// server if the process dies. SQLite: an exclusive lock on a file beside the database, released by
/// the OS if the process dies.
/// </summary>
public sealed class StoryWorkerLock : IAsyncDisposable
{
    // An arbitrary constant of Svodka's: «svodka» in ASCII.
    private const long AdvisoryKey = 0x73766F646B61;

    private readonly NpgsqlConnection? connection;
    private readonly FileStream? file;

    private StoryWorkerLock(NpgsqlConnection? connection, FileStream? file)
    {
        this.connection = connection;
        this.file = file;
    }

    /// <summary>The lock, or null when another story worker holds it.</summary>
    public static async Task<StoryWorkerLock?> TryAcquireAsync(DatabaseTarget target, string dataDirectory, CancellationToken ct)
    {
        if (target.Provider == DatabaseProvider.Postgres)
        {
            var connection = new NpgsqlConnection(target.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", AdvisoryKey);
            if (await command.ExecuteScalarAsync(ct) is true) return new StoryWorkerLock(connection, null);
            await connection.DisposeAsync();
            return null;
        }
        var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
        var path = (string.IsNullOrEmpty(database) ? Path.Combine(dataDirectory, "svodka.db") : Path.GetFullPath(database)) + ".stories.lock";
        try
        {
            return new StoryWorkerLock(null, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null) await connection.DisposeAsync();
        file?.Dispose();
    }
}
