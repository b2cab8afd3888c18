using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Svodka.Web.Api;

/// <summary>
/// /api: the operations of the API as one server-rendered page, read from the endpoints' own metadata (method,
/// route, summary, accepted query parameters, responses, example), so it cannot drift from what is served.
/// No script: the site's CSP allows none.
/// </summary>
public static class ApiReferencePage
{
    // The endpoints and their metadata do not change once the app runs: the page is written once per app.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EndpointDataSource, string> Pages = new();

    public static IResult Render(EndpointDataSource endpoints, Assets.StaticAssets assets) =>
        Results.Content(Pages.GetValue(endpoints, e => Write(e, assets.StylesheetUrl)), "text/html; charset=utf-8");

    private static string Write(EndpointDataSource endpoints, string stylesheet)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Svodka API</title><link rel="stylesheet" href="{{STYLESHEET}}"></head>
            <body><main id="content"><h1>Svodka API</h1>
            <p>JSON under <code>/api/v1</code>, snake_case, UTF-8. The OpenAPI document is <a href="/openapi/v1.json">/openapi/v1.json</a>.</p>
            <p>Lists answer <code>{"items": […], "next_cursor": "…"}</code>: pass <code>cursor=</code> the next_cursor to read the next page
            (null on the last). <code>limit</code> is 1 to 100 (default 20). A parameter a route does not take is a 400 that names it.
            Errors are <code>application/problem+json</code> with a <code>detail</code> naming the problem. Writes need an API key
            (<code>svodka keys add NAME</code>) in <code>Authorization: Bearer KEY</code> or <code>X-Api-Key</code>.
            Reads are rate-limited per address, writes per key: over budget is a 429 with Retry-After.</p>
            """);
        var operations = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true && e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null)
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal)
            .ThenBy(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.FirstOrDefault(), StringComparer.Ordinal);
        foreach (var e in operations)
        {
            var method = string.Join(", ", e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods);
            var route = e.RoutePattern.RawText!.TrimEnd('/');
            html.Append("<section class=\"operation\"><h2><code>").Append(Encode(method)).Append(' ').Append(Encode(route)).Append("</code></h2>");
            if (e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary is { } summary) html.Append("<p>").Append(Encode(summary)).Append("</p>");

            var parameters = e.RoutePattern.Parameters.Select(p => (Name: p.Name, Where: "path", Description: "The item's id."))
                .Concat((e.Metadata.GetMetadata<AcceptedQuery>()?.Names ?? []).Select(q => (q.Name, Where: "query", q.Description)))
                .ToList();
            if (parameters.Count > 0)
            {
                html.Append("<table><thead><tr><th>parameter</th><th>in</th><th>meaning</th></tr></thead><tbody>");
                foreach (var (name, where, description) in parameters)
                    html.Append("<tr><td><code>").Append(Encode(name)).Append("</code></td><td>").Append(where).Append("</td><td>").Append(Encode(description)).Append("</td></tr>");
                html.Append("</tbody></table>");
            }
            var responses = e.Metadata.OfType<IProducesResponseTypeMetadata>()
                .Select(r => $"{r.StatusCode}{(r.Type is { } t && t != typeof(void) ? " " + TypeName(t) : "")}")
                .Distinct().ToList();
            if (responses.Count > 0) html.Append("<p>Responses: ").Append(Encode(string.Join("; ", responses))).Append("</p>");
            if (e.Metadata.GetMetadata<ApiExample>() is { } example)
                html.Append("<p>Example:</p><pre><code>").Append(Encode(example.Request)).Append("\n→ ").Append(Encode(example.Response)).Append("</code></pre>");
            html.Append("</section>");
        }
        html.Append("<section><h2>Also</h2><p><code>GET /healthz</code>: 200 <code>{\"status\", \"database\", \"workers\"}</code> while the database answers, 503 when not. ")
            .Append("<code>GET /metrics</code>: Prometheus text format.</p></section></main></body></html>");
        return html.Replace("{{STYLESHEET}}", WebUtility.HtmlEncode(stylesheet)).ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string TypeName(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
        : type.Name;
}
