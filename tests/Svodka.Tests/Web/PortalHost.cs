using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Cli;
using Svodka.Storage.Search;
using Svodka.Testing;
using Svodka.Web;
using Svodka.Web.Freshness;

namespace Svodka.Tests.Web;

/// <summary>
/// The portal as `svodka serve --role web` builds it (SvodkaWebApp), on a TestServer, over a throwaway SQLite
/// file or PostgreSQL database filled with <see cref="PortalCorpus"/>.
/// </summary>
public sealed class PortalHost : IAsyncDisposable
{
    private readonly string dataDir;
    private readonly PostgresTestDatabase? postgres;

    private PortalHost(WebApplication app, string dataDir, PostgresTestDatabase? postgres, PortalCorpus corpus)
    {
        App = app;
        this.dataDir = dataDir;
        this.postgres = postgres;
        Corpus = corpus;
    }

    public WebApplication App { get; }
    public PortalCorpus Corpus { get; }
    public IServiceProvider Services => App.Services;

    /// <summary>The address Kestrel listens on when started with <c>kestrel: true</c> (browser tests).</summary>
    public Uri? Address { get; private init; }

    /// <summary>A client for one of the network's hosts ("svodka.local", "moskva.svodka.local"…) or, by default, localhost.</summary>
    public HttpClient Client(string host = "localhost")
    {
        var client = App.GetTestClient();
        client.BaseAddress = new Uri($"http://{host}/");
        return client;
    }

    /// <param name="settings">Configuration over the defaults (a tiny rate-limit budget, a lockout limit…).</param>
    /// <param name="kestrel">Listen on a real loopback port instead of a TestServer.</param>
    public static async Task<PortalHost> StartAsync(bool onPostgres, IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        var postgresDb = onPostgres ? await PostgresTestServer.CreateDatabaseAsync() : null;
        var dataDir = Directory.CreateTempSubdirectory("svodka-portal-").FullName;
        var global = new GlobalSettings { Data = dataDir, Db = postgresDb?.ConnectionString };
        var overrides = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) overrides[key] = value;
        var builder = SvodkaWebApp.CreateBuilder(global, overrides,
            b => { if (kestrel) b.WebHost.UseUrls("http://127.0.0.1:0"); else b.WebHost.UseTestServer(); });
        var app = await SvodkaWebApp.BuildAsync(builder, CancellationToken.None);
        var corpus = await PortalCorpus.StoreAsync(app.Services, DateTimeOffset.UtcNow);
        var search = app.Services.GetRequiredService<ArticleSearch>();
        while (await search.IndexNewAsync(CancellationToken.None) > 0) { }
        app.Services.GetRequiredService<SiteContentVersion>().Bump();
        await app.StartAsync();
        var address = kestrel
            ? new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First())
            : null;
        return new PortalHost(app, dataDir, postgresDb, corpus) { Address = address };
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (postgres is not null) await postgres.DisposeAsync();
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }
}
