using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage.Users;
using Svodka.Testing;
using Svodka.Tests.Web;
using Svodka.Users;

namespace Svodka.Tests.Operate;

/// <summary>A portal over the test corpus with an admin and an editor, and a budget of forms large enough for a class of tests.</summary>
public abstract class OperateFixture(bool onPostgres) : IAsyncLifetime
{
    public const string AdminName = "chief", AdminPassword = "correct horse battery", EditorName = "night-editor", EditorPassword = "staple editor pass";
    private PortalHost? host;

    public async ValueTask InitializeAsync()
    {
        if (onPostgres && PostgresTestServer.ConnectionString is null) return;
        var settings = new Dictionary<string, string?>
        {
            ["Submissions:PermitLimit"] = "1000",
            ["Admin:AttemptsPerMinute"] = "1000",
        };
        foreach (var (key, value) in ExtraSettings()) settings[key] = value;
        host = await PortalHost.StartAsync(onPostgres, settings);
        var users = host.Services.GetRequiredService<UserStore>();
        await users.AddAsync(AdminName, UserPasswords.Hash(AdminName, AdminPassword), UserRole.Admin, CancellationToken.None);
        await users.AddAsync(EditorName, UserPasswords.Hash(EditorName, EditorPassword), UserRole.Editor, CancellationToken.None);
    }

    /// <summary>Settings a fixture adds for its tests (a copy of a data file to edit…).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [];

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

public sealed class SqliteOperate() : OperateFixture(onPostgres: false);

public sealed class PostgresOperate() : OperateFixture(onPostgres: true);
