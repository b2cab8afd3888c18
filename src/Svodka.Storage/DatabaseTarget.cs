using Microsoft.Data.Sqlite;
using Npgsql;

namespace Svodka.Storage;

/// <summary>Which database Svodka keeps its data in, as <see cref="SvodkaDatabase.Resolve"/> chose it.</summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Where the data is, for logs and the CLI: never shows a password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
            return "SQLite " + new SqliteConnectionStringBuilder(ConnectionString).DataSource;

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var port = builder.Port == NpgsqlConnection.DefaultPort ? "" : ":" + builder.Port;
        var user = string.IsNullOrEmpty(builder.Username) ? "" : builder.Username + "@";
        return $"PostgreSQL {user}{builder.Host}{port}/{builder.Database}";
    }

    // A record prints its members; the connection string may hold a password.
    public override string ToString() => Describe();
}
