using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Svodka.Sites;

namespace Svodka.Web.Freshness;

/// <summary>
/// ETag and Last-Modified for every page and feed, and 304 Not Modified when the client has the current
/// one. The ETag is the site, the content version and the minute: a page changes when content arrives, and
/// its «5 минут назад» changes every minute. Checked before anything is rendered, so a 304 costs nothing.
/// </summary>
public sealed class ConditionalGet(RequestDelegate next, SiteContentVersion version, TimeProvider clock)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) return next(context);
        if (context.Request.Path.StartsWithSegments("/static")) return next(context);
        // The API, the health check and the metrics answer what is true now, not what the content version last saw.
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi")
            || context.Request.Path == "/healthz" || context.Request.Path == "/metrics") return next(context);
        if (Forms.PrivatePaths.Contains(context.Request.Path))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        }

        var site = context.Features.Get<SiteFeature>()?.Site.Key ?? "";
        var now = clock.GetUtcNow();
        var etag = Tag(site, version.Value, now);
        var lastModified = Truncate(version.ChangedAt > MinuteStart(now) ? version.ChangedAt : MinuteStart(now));

        var request = context.Request.GetTypedHeaders();
        var fresh = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(t => t.Tag == etag.Tag || t.Equals(EntityTagHeaderValue.Any))
            : request.IfModifiedSince is { } since && lastModified <= since;
        if (fresh)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag.ToString();
            return Task.CompletedTask;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                var headers = context.Response.GetTypedHeaders();
                headers.ETag = etag;
                headers.LastModified = lastModified;
                context.Response.Headers.CacheControl = "public, max-age=15";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The minute a response was made in: the output cache keeps pages apart by it too.</summary>
    public static long Minute(DateTimeOffset now) => now.ToUnixTimeSeconds() / 60;

    private static EntityTagHeaderValue Tag(string site, long version, DateTimeOffset now) =>
        new($"\"{site}-{version}-{Minute(now)}\"", isWeak: true);

    private static DateTimeOffset MinuteStart(DateTimeOffset now) => DateTimeOffset.FromUnixTimeSeconds(Minute(now) * 60);

    private static DateTimeOffset Truncate(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());
}
