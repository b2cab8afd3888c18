using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
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

    /// <summary>A client for one of the network's hosts ("svodka.local", "moskva.svodka.local"…) or, by default, localhost.</summary>
    public HttpClient Client(string host = "localhost")
    {
        var client = App.GetTestClient();
        client.BaseAddress = new Uri($"http://{host}/");
        return client;
    }

    /// <param name="settings">Configuration on top of the test defaults (Api:ReadsPerWindow, Fetcher:AllowPrivateAddresses…).</param>
    public static async Task<PortalHost> StartAsync(bool onPostgres, IReadOnlyDictionary<string, string?>? settings = null)
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
        var builder = SvodkaWebApp.CreateBuilder(global, overrides, b => b.WebHost.UseTestServer());
        var app = await SvodkaWebApp.BuildAsync(builder, CancellationToken.None);
        var corpus = await PortalCorpus.StoreAsync(app.Services, DateTimeOffset.UtcNow);
        var search = app.Services.GetRequiredService<ArticleSearch>();
        while (await search.IndexNewAsync(CancellationToken.None) > 0) { }
        app.Services.GetRequiredService<SiteContentVersion>().Bump();
        await app.StartAsync();
        return new PortalHost(app, dataDir, postgresDb, corpus);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (postgres is not null) await postgres.DisposeAsync();
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }
}
