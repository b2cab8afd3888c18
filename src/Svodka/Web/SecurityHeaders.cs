using Microsoft.AspNetCore.Http;

namespace Svodka.Web;

/// <summary>
/// Headers that keep the pages safe on the open internet: no script may run at all (the site has none),
/// styles only from the site (inline style attributes carry the site's checked colours), forms posted only
/// to the site, images from
/// anywhere (articles show their outlets' pictures), no framing, no MIME sniffing.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Policy =
        "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' https: http: data:; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        // Over HTTPS only: sent over plain HTTP it would be ignored, and a site tried on http://localhost keeps working.
        if (context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
        return next(context);
    }
}
