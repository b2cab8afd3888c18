using System.Net;
using Microsoft.AspNetCore.Http;

namespace Svodka.Sites;

/// <summary>
/// Picks the request's site by host name. On a loopback host (127.0.0.1, localhost, [::1]), where no
/// site has its own name, <c>?site=moskva</c> picks one and a cookie keeps the choice for the next pages.
/// </summary>
public sealed class SiteSelection(RequestDelegate next, SiteCatalog catalog)
{
    public const string CookieName = "svodka-site";
    public const string QueryName = "site";

    public Task InvokeAsync(HttpContext context)
    {
        context.Features.Set(new SiteFeature(Select(context), IsLoopback(context.Request.Host.Host)));
        return next(context);
    }

    private Site Select(HttpContext context)
    {
        var host = context.Request.Host.Host;
        if (!IsLoopback(host)) return catalog.ForHost(host);
        if (context.Request.Query[QueryName].ToString() is { Length: > 0 } key && catalog.ByKey(key) is { } chosen)
        {
            context.Response.Cookies.Append(CookieName, chosen.Key, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", MaxAge = TimeSpan.FromDays(30) });
            return chosen;
        }
        if (context.Request.Cookies[CookieName] is { Length: > 0 } saved && catalog.ByKey(saved) is { } remembered) return remembered;
        return catalog.ForHost(host);
    }

    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}

/// <summary>The site chosen for this request.</summary>
/// <param name="ChosenByVisitor">On a loopback host: links to sibling sites use ?site= rather than their host names.</param>
public sealed record SiteFeature(Site Site, bool ChosenByVisitor);
