using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Svodka.Cli;
using Svodka.Storage;

namespace Svodka.Web;

/// <summary>
/// Builds the web application the way `svodka serve` runs it, for the serve verb, the tests (which swap
/// Kestrel for a TestServer in <paramref name="configure"/>) and the benchmark alike.
/// </summary>
public static class SvodkaWebApp
{
    public static WebApplicationBuilder CreateBuilder(GlobalSettings settings, IReadOnlyDictionary<string, string?>? overrides = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        SvodkaRuntime.AddSvodkaConfiguration(builder.Configuration, settings);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        HostLogging.Configure(builder.Logging, builder.Configuration);
        SvodkaRuntime.AddSvodkaServices(builder.Services, builder.Configuration, settings);
        SvodkaWeb.AddServices(builder.Services, builder.Configuration);
        configure?.Invoke(builder);
        return builder;
    }

    /// <summary>Builds the app, brings the database up to date, loads the sites and maps the portal.</summary>
    public static async Task<WebApplication> BuildAsync(WebApplicationBuilder builder, CancellationToken ct)
    {
        var app = builder.Build();
        try
        {
            await SvodkaDatabase.MigrateAsync(app.Services, ct);
            await SvodkaWeb.StartAsync(app.Services, ct);
            SvodkaWeb.Map(app);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}
