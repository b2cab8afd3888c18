using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Svodka.Demo;

/// <summary>
/// A loopback-only HTTP server inside the svodka process that publishes the demo outlets' feeds and article
/// pages, so that `serve --demo` collects them through the real fetch path with no internet. Dates are
/// rendered at request time as now − age, so the newest articles are always recent.
/// </summary>
public sealed class DemoServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DemoServer(WebApplication app, Uri baseUrl, IReadOnlyList<DemoFeed> feeds)
    {
        _app = app;
        BaseUrl = baseUrl;
        Feeds = feeds;
    }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseUrl { get; }

    /// <summary>One feed per outlet, broken ones included: what the host adds as sources.</summary>
    public IReadOnlyList<DemoFeed> Feeds { get; }

    /// <param name="port">0 for any free port.</param>
    public static async Task<DemoServer> StartAsync(DemoCatalog catalog, int port, TimeProvider time, CancellationToken ct)
    {
        // The empty builder reads no configuration, so the host's Kestrel settings and ASPNETCORE_URLS
        // cannot widen this server beyond the loopback address.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();

        var site = new DemoSite(catalog);
        Uri? baseUrl = null;
        app.Run(context => Serve(context, site, RenderContext.At(baseUrl!, time.GetUtcNow())));
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        baseUrl = new Uri(new Uri(address).GetLeftPart(UriPartial.Authority) + "/");
        var at = RenderContext.At(baseUrl, time.GetUtcNow());
        var feeds = catalog.Outlets.Select(o => new DemoFeed(o.Name, at.FeedUrl(o), at.OutletUrl(o), o.Category)).ToList();
        return new DemoServer(app, baseUrl, feeds);
    }

    private static async Task Serve(HttpContext context, DemoSite site, RenderContext at)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var answer = site.Respond(request.Path.Value ?? "/", at);
        response.StatusCode = answer.Status;
        response.ContentType = answer.ContentType;
        if (answer.Status == StatusCodes.Status200OK)
        {
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(answer.Body).AsSpan(0, 12)) + "\"";
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "no-cache";
            if (answer.LastModified is { } modified) response.GetTypedHeaders().LastModified = modified;
            if (MatchesETag(request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentType = null;
                return;
            }
        }
        response.ContentLength = answer.Body.Length;
        if (HttpMethods.IsGet(request.Method)) await response.Body.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool MatchesETag(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var header in ifNoneMatch)
            foreach (var candidate in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (candidate == "*" || candidate == etag || candidate == "W/" + etag) return true;
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
