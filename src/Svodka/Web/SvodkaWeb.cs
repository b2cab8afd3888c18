using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Sites;
using Svodka.Web.Api;
using Svodka.Storage.Stats;
using Svodka.Web.Admin;
using Svodka.Web.Assets;
using Svodka.Web.Feeds;
using Svodka.Web.Freshness;
using Svodka.Web.Lists;
using Svodka.Web.Observability;
using Svodka.Web.Pages;
using Svodka.Web.Search;
using Svodka.Web.Seo;
using Svodka.Web.Submitting;
using Svodka.Web.Vocabulary;

namespace Svodka.Web;

/// <summary>
/// The public portal: its services and its request pipeline. Settings: Portal:OutputCache (true; false
/// renders every request, as the uncached benchmark does), Portal:Sites (another sites.json).
/// </summary>
public static class SvodkaWeb
{
    /// <summary>How long a cached page may be served; a content version bump retires it at once.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(60);

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        TrustedProxies.AddServices(services, configuration);
        services.AddSingleton(SubmissionWeb.AddServices(services, configuration));
        AdminWeb.AddServices(services, configuration);
        services.AddSingleton<SiteContentVersion>();
        services.AddSingleton<SiteCatalog>();
        services.AddSingleton(_ => new ReloadableVocabulary(configuration));
        services.AddTransient(sp => sp.GetRequiredService<ReloadableVocabulary>().Current);
        services.AddSingleton(_ => StaticAssets.Load());
        services.AddSingleton<SourceDirectory>();
        services.AddSingleton<ListingResolver>();
        services.AddSingleton<RankedLists>();
        services.AddSingleton<PortalLists>();
        services.AddHostedService<ContentWatcher>();
        services.AddHostedService<SearchIndexer>();
        services.AddSingleton<RequestDurations>();
        ApiEndpoints.AddServices(services, configuration);
        services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RateLimitRejection.WriteAsync;
        });
        services.AddRazorComponents();
        // Cyrillic as characters, not as &#x…; entities: a Russian page would be three times its size.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "application/atom+xml", "application/feed+json", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddOutputCache(o =>
        {
            o.AddBasePolicy(policy => policy
                .With(context => !Forms.PrivatePaths.Contains(context.HttpContext.Request.Path))
                .Expire(CacheLifetime)
                .SetVaryByHost(true)
                .SetVaryByQuery("*")
                .SetVaryByHeader("Accept-Encoding")
                .VaryByValue(context => new KeyValuePair<string, string>("content",
                    $"{context.Features.Get<SiteFeature>()?.Site.Key}.{context.RequestServices.GetRequiredService<SiteContentVersion>().Value}." +
                    $"{ConditionalGet.Minute(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow())}")));
        });
    }

    /// <summary>Loads what the pages need before the first request: the sites (file and table) and the vocabulary.</summary>
    public static async Task StartAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<SiteCatalog>().ReloadAsync(ct);
        services.GetRequiredService<PortalVocabulary>();
        services.GetRequiredService<StaticAssets>();
    }

    public static void Map(WebApplication app)
    {
        var cache = app.Configuration.GetValue("Portal:OutputCache", true);
        TrustedProxies.Use(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async context =>
            {
                var result = context.Request.Path.StartsWithSegments("/api")
                    ? ApiProblems.Result(StatusCodes.Status500InternalServerError, "the server failed to answer this request; it has been logged")
                    : context.Features.Get<SiteFeature>() is null
                    ? Results.Text("Internal server error", "text/plain; charset=utf-8", statusCode: 500)
                    : PageEndpoints.ServerError(context);
                await result.ExecuteAsync(context);
            },
        });
        app.UseMiddleware<RequestTiming>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<SiteSelection>();
        // Before the conditional GET and the output cache, so that neither a 304 nor a cached answer escapes the budget.
        app.UseRateLimiter();
        app.UseMiddleware<ConditionalGet>();
        if (cache) app.UseOutputCache();
        app.UseResponseCompression();
        app.UseAuthentication();
        app.UseAuthorization();

        app.Services.GetRequiredService<StaticAssets>().Map(app);
        PageEndpoints.Map(app);
        FeedEndpoints.Map(app);
        SitemapEndpoints.Map(app);
        HealthEndpoint.Map(app);
        MetricsEndpoint.Map(app);
        ApiEndpoints.Map(app);
        SubmitEndpoints.Map(app, app.Services.GetRequiredService<SubmissionOptions>());
        AdminWeb.Map(app);
        app.MapFallback((HttpContext context) => PageEndpoints.NotFound(context));
    }
}
