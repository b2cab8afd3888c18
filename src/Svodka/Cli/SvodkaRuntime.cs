using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Svodka.Collecting;
using Svodka.Ingest.Extraction;
using Svodka.Ingest.Fetching;
using Svodka.Ingest.Processing;
using Svodka.Ingest.Sanitizing;
using Svodka.Sources;
using Svodka.Stories;
using Svodka.Understanding;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Cli;

/// <summary>
/// The one place the services are composed, for the web host, the workers and the CLI verbs alike:
/// configuration, storage, fetching and collection.
/// </summary>
public static class SvodkaRuntime
{
    /// <summary>Configuration sources, later ones winning: appsettings.json beside the executable, DATA/svodka.json, SVODKA_* environment variables.</summary>
    public static void AddSvodkaConfiguration(IConfigurationBuilder configuration, GlobalSettings settings)
    {
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        configuration.AddJsonFile(Path.Combine(settings.DataDirectory, "svodka.json"), optional: true);
        configuration.AddEnvironmentVariables("SVODKA_");
    }

    public static DatabaseTarget AddSvodkaServices(IServiceCollection services, IConfiguration configuration, GlobalSettings settings)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        var target = SvodkaDatabase.Resolve(settings.Database, settings.DataDirectory);
        services.AddSingleton(TimeProvider.System);
        services.AddSvodkaStorage(target);
        services.AddSvodkaFetcher();
        services.Configure<FetcherOptions>(configuration.GetSection("Fetcher"));
        services.Configure<CollectorOptions>(configuration.GetSection("Collector"));
        services.AddSingleton<ArticleHtmlSanitizer>();
        services.AddSingleton<DraftBuilder>();
        services.AddSingleton<ArticleExtractor>();
        services.AddSingleton<PageEnricher>();
        services.AddSingleton(_ => new ReloadableAnalyzer(configuration));
        services.AddSingleton<SourceCollector>();
        services.Configure<StoryOptions>(configuration.GetSection("Stories"));
        services.AddSingleton(new StoryBackgroundFrequencies(configuration));
        services.AddSingleton<StoryWorker>();
        services.AddSingleton<StoryEditor>();
        services.AddSingleton<StoryRanking>();
        services.AddSingleton<SourceAdder>();
        services.AddSingleton<SourceImporter>();
        services.Configure<Users.SignInOptions>(configuration.GetSection("Admin"));
        services.AddSingleton<Users.UserPasswords>();
        services.AddSingleton<Submissions.ReaderSource>();
        return target;
    }

    /// <summary>Just the fetcher, configured as the collector's is: for verbs that read one URL and store nothing.</summary>
    public static ServiceProvider StartFetcherOnly(GlobalSettings settings)
    {
        var builder = new ConfigurationBuilder();
        AddSvodkaConfiguration(builder, settings);
        var configuration = builder.Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error));
        services.AddSvodkaFetcher();
        services.Configure<FetcherOptions>(configuration.GetSection("Fetcher"));
        return services.BuildServiceProvider();
    }

    /// <summary>A service provider for a one-shot CLI verb, with the database migrated.</summary>
    public static async Task<ServiceProvider> StartCliAsync(GlobalSettings settings, CancellationToken ct,
        Action<IConfigurationBuilder>? configure = null)
    {
        var builder = new ConfigurationBuilder();
        AddSvodkaConfiguration(builder, settings);
        configure?.Invoke(builder);
        var configuration = builder.Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            // Verbs print their results on stdout; logs go to stderr and only when something is wrong.
            logging.AddSimpleConsole(o => o.SingleLine = true);
            logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error);
            logging.AddFilter("System.Net.Http", LogLevel.Error);
            logging.AddFilter("Polly", LogLevel.None);
        });
        AddSvodkaServices(services, configuration, settings);
        var provider = services.BuildServiceProvider();
        try
        {
            await SvodkaDatabase.MigrateAsync(provider, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await provider.DisposeAsync();
            throw new CliException($"cannot open the database ({SvodkaDatabase.Resolve(settings.Database, settings.DataDirectory).Describe()}): {e.GetBaseException().Message}");
        }
        return provider;
    }
}
