using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace Svodka.Ingest.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="HttpFetcher"/> (a singleton) and its named HttpClient. Options come from
    /// <paramref name="configure"/> and from anything else that configures <see cref="FetcherOptions"/>, such as
    /// <c>services.Configure&lt;FetcherOptions&gt;(configuration.GetSection("Fetcher"))</c>.
    /// </summary>
    public static IServiceCollection AddSvodkaFetcher(this IServiceCollection services, Action<FetcherOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<FetcherOptions>();
        if (configure is not null) options.Configure(configure);
        // A second call only adds configuration: a second client registration would stack a second retry pipeline.
        if (services.Any(d => d.ServiceType == typeof(HttpFetcher))) return services;

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetcherOptions>, FetcherOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton<IsPublicAddress>(AddressClassifier.IsPublic);
        services.TryAddSingleton(sp => new AddressGuard(
            sp.GetRequiredService<IHostResolver>(),
            sp.GetRequiredService<IsPublicAddress>(),
            sp.GetRequiredService<IOptions<FetcherOptions>>().Value.AllowPrivateAddresses));

        services.AddHttpClient(HttpFetcher.ClientName, (sp, client) =>
            {
                // HttpFetcher keeps its own budget over hops, retries and the body.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent",
                    sp.GetRequiredService<IOptions<FetcherOptions>>().Value.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(sp => CreateHandler(
                sp.GetRequiredService<IOptions<FetcherOptions>>().Value, sp.GetRequiredService<AddressGuard>()))
            // One long-lived handler; PooledConnectionLifetime makes it pick up DNS changes instead.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("svodka-fetch", (pipeline, context) =>
            {
                var fetcher = context.ServiceProvider.GetRequiredService<IOptions<FetcherOptions>>().Value;
                if (fetcher.MaxRetries > 0)
                    pipeline.AddRetry(FetchRetryPolicy.Create(fetcher, context.ServiceProvider.GetRequiredService<TimeProvider>()));
            });

        services.TryAddSingleton(sp => new HttpFetcher(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<FetcherOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static SocketsHttpHandler CreateHandler(FetcherOptions options, AddressGuard guard) => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        // Redirects are followed by HttpFetcher, hop by hop, so each target is checked and counted.
        AllowAutoRedirect = false,
        ConnectTimeout = options.ConnectTimeout,
        ConnectCallback = new GuardedConnector(guard).ConnectAsync,
        // A proxy would hide the real destination from the address guard.
        UseProxy = false,
        // No cookie jar shared between thousands of unrelated sites.
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        // Russian sites send Cyrillic paths in Location as raw UTF-8.
        ResponseHeaderEncodingSelector = (name, _) =>
            string.Equals(name, "Location", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8 : null,
    };
}
