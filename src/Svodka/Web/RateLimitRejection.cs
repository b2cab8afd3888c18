using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Svodka.Web.Api;
using Svodka.Web.Submitting;

namespace Svodka.Web;

/// <summary>
/// The one answer to every spent rate limit (ASP.NET Core keeps a single OnRejected for all policies): a
/// problem+json under /api, the site's own 429 page for readers and editors elsewhere; Retry-After on both.
/// </summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
            await ApiProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests, $"rate limit reached: try again in {seconds} s");
        else
            await SubmitEndpoints.TooManyAsync(context);
    }
}
