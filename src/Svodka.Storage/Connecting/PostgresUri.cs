using Npgsql;

namespace Svodka.Storage.Connecting;

/// <summary>
/// Turns a postgres:// or postgresql:// URI (what hosting panels and DATABASE_URL give) into the
/// keyword form Npgsql reads.
/// </summary>
internal static class PostgresUri
{
    public static bool IsPostgresUri(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static string ToConnectionString(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
            throw new ArgumentException($"'{Redact(uri)}' is not a valid PostgreSQL URI (postgres://user:password@host:port/database)");

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = parsed.Host.Trim('[', ']'),
            Port = parsed.IsDefaultPort || parsed.Port < 0 ? NpgsqlConnection.DefaultPort : parsed.Port,
        };
        var database = Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;

        if (parsed.UserInfo.Length > 0)
        {
            var colon = parsed.UserInfo.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon < 0 ? parsed.UserInfo : parsed.UserInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(parsed.UserInfo[(colon + 1)..]);
        }

        foreach (var pair in parsed.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            try
            {
                // libpq spells these with underscores; Npgsql's keywords take spaces.
                builder[key.Replace('_', ' ')] = value;
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"PostgreSQL URI option '{key}' is not understood: {e.Message}", e);
            }
        }
        return builder.ConnectionString;
    }

    private static string Redact(string uri)
    {
        var at = uri.IndexOf('@');
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        return at > scheme && scheme >= 0 ? uri[..(scheme + 3)] + "…" + uri[at..] : uri;
    }
}
