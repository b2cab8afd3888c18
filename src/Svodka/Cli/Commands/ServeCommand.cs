using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console.Cli;
using Svodka.Collecting;
using Svodka.Demo;
using Svodka.Sources;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;
using Svodka.Web;

namespace Svodka.Cli.Commands;

public sealed class ServeSettings : GlobalSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("Addresses to listen on, as ASP.NET Core takes them (default http://localhost:5000).")]
    public string? Urls { get; init; }

    [CommandOption("--role <ROLE>")]
    [Description("all (web site and collector, the default) or web (the site only; run `svodka worker` elsewhere).")]
    public string Role { get; init; } = "all";

    [CommandOption("--demo")]
    [Description("Serve the bundled offline demo: its feeds come from a loopback server and are collected like real ones. Data goes to ./data/demo unless --data is given.")]
    public bool Demo { get; init; }

    [CommandOption("--demo-port <PORT>")]
    [Description("Loopback port of the demo's feed server (default 5081).")]
    public int DemoPort { get; init; } = 5081;

    public override string DataDirectory =>
        Path.GetFullPath(Data ?? Environment.GetEnvironmentVariable("SVODKA_DATA") ?? (Demo ? Path.Combine("data", "demo") : "data"));

    public override Spectre.Console.ValidationResult Validate() => Role is "all" or "web"
        ? Spectre.Console.ValidationResult.Success()
        : Spectre.Console.ValidationResult.Error($"--role must be all or web, not '{Role}' (the collector alone is `svodka worker`)");
}

[Description("Run the web site and the background collector (the default verb).")]
public sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken ct)
    {
        var builder = SvodkaWebApp.CreateBuilder(settings,
            settings.Demo ? new Dictionary<string, string?> { ["Fetcher:AllowPrivateAddresses"] = "true" } : null,
            b =>
            {
                if (settings.Urls is not null) b.WebHost.UseUrls(settings.Urls);
                if (settings.Role == "all") AddCollector(b.Services);
            });

        await using var app = await SvodkaWebApp.BuildAsync(builder, ct);
        await using var demo = settings.Demo ? await StartDemoAsync(app.Services, settings.DemoPort, ct) : null;
        if (!settings.Demo) await SourceSeeding.SeedIfEmptyAsync(app.Services, ct);

        await app.RunAsync(ct);
        return 0;
    }

    internal static void AddCollector(IServiceCollection services)
    {
        services.AddSingleton<CollectorWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<CollectorWorker>());
        services.AddHostedService(sp => sp.GetRequiredService<Stories.StoryWorker>());
    }

    private static async Task<DemoServer> StartDemoAsync(IServiceProvider services, int port, CancellationToken ct)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Svodka.Demo");
        var catalog = DemoCatalog.Load(DemoCatalog.DefaultDirectory());
        DemoServer server;
        try
        {
            server = await DemoServer.StartAsync(catalog, port, TimeProvider.System, ct);
        }
        catch (IOException e)
        {
            throw new CliException($"cannot start the demo's feed server on 127.0.0.1:{port} ({e.Message}); choose another with --demo-port");
        }
        var added = await SourceSeeding.AddDemoSourcesAsync(services, server.Feeds, ct);
        logger.LogInformation("demo: {Articles} articles from {Outlets} outlets served at {BaseUrl}; {Added} sources added",
            catalog.Articles.Count, catalog.Outlets.Count, server.BaseUrl, added);
        return server;
    }
}

[Description("Run only the background collector (several can share one PostgreSQL database).")]
public sealed class WorkerCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, DisableDefaults = true });
        SvodkaRuntime.AddSvodkaConfiguration(builder.Configuration, settings);
        HostLogging.Configure(builder.Logging, builder.Configuration);
        SvodkaRuntime.AddSvodkaServices(builder.Services, builder.Configuration, settings);
        ServeCommand.AddCollector(builder.Services);
        using var host = builder.Build();
        await SvodkaDatabase.MigrateAsync(host.Services, ct);
        await host.RunAsync(ct);
        return 0;
    }
}
