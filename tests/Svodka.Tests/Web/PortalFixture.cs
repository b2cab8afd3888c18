using Svodka.Testing;

namespace Svodka.Tests.Web;

/// <summary>One portal per test class and database: building it and filling it is the slow part.</summary>
public abstract class PortalFixture(bool onPostgres, IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    private PortalHost? host;

    public bool OnPostgres => onPostgres;

    public async ValueTask InitializeAsync()
    {
        if (onPostgres && PostgresTestServer.ConnectionString is null) return;
        host = await PortalHost.StartAsync(onPostgres, settings);
    }

    /// <summary>The portal, or the test skips (PostgreSQL not configured) with the reason.</summary>
    public PortalHost Host
    {
        get
        {
            if (host is null) PostgresTestServer.Require();
            return host!;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
    }
}

public sealed class SqlitePortal() : PortalFixture(onPostgres: false);

public sealed class PostgresPortal() : PortalFixture(onPostgres: true);
