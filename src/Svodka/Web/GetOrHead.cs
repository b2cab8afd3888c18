using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Svodka.Web;

/// <summary>Every page and feed answers HEAD as well as GET (link checkers and feed readers ask with HEAD; MapGet alone would 404).</summary>
public static class GetOrHead
{
    private static readonly string[] Methods = ["GET", "HEAD"];

    public static RouteHandlerBuilder MapGetOrHead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, Methods, handler);
}
