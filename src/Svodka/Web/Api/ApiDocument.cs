using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Svodka.Web.Api;

/// <summary>
/// The API's description: the OpenAPI document at /openapi/v1.json (built by Microsoft.AspNetCore.OpenApi
/// from the endpoints) and the reference page at /api (<see cref="ApiReferencePage"/>).
/// </summary>
public static class ApiDocument
{
    public const string Path = "/openapi/v1.json";

    public static void Add(IServiceCollection services) => services.AddOpenApi("v1", o =>
    {
        o.ShouldInclude = d => d.RelativePath is { } p && (p.StartsWith("api/v1", StringComparison.Ordinal) || p is "healthz" or "metrics");
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Svodka API";
            document.Info.Description = "Stories, articles and the vocabulary of a Svodka news portal, read-only except POST /api/v1/sources and " +
                                        "POST /api/v1/submissions, which need an API key (Authorization: Bearer KEY or X-Api-Key). Lists page with limit and cursor; " +
                                        "errors are application/problem+json. A browsable reference is at /api.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "An API key from `svodka keys add NAME`.",
            };
            document.Components.SecuritySchemes[HeaderScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = ApiKeyCheck.HeaderName, Description = "The same key in a header of its own.",
            };
            return Task.CompletedTask;
        });
        // Writes name the keys they need; reads need none unless marked.
        o.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.HttpMethod is "POST" or "PUT" or "PATCH" or "DELETE"
                || context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequired>().Any())
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(HeaderScheme, context.Document)] = [] },
                ];
            return Task.CompletedTask;
        });
    });

    private const string BearerScheme = "bearer", HeaderScheme = "api_key";

    public static void Map(WebApplication app)
    {
        app.MapOpenApi(Path).CacheOutput(policy => policy.NoCache());
        app.MapGet("/api", ApiReferencePage.Render).ExcludeFromDescription();
    }
}
