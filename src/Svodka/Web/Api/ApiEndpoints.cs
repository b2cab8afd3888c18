using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Web.Api.Articles;
using Svodka.Web.Api.Sources;
using Svodka.Web.Api.Stories;
using Svodka.Web.Api.Submissions;
using Svodka.Web.Api.Vocabulary;

namespace Svodka.Web.Api;

/// <summary>
/// The JSON API under /api/v1: its services and routes. Every answer is snake_case JSON; every refusal is
/// application/problem+json with a detail naming the problem, unknown /api paths included.
/// </summary>
public static class ApiEndpoints
{
    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiOptions>(configuration.GetSection("Api"));
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddProblemDetails();
        services.AddSingleton<ApiFilterReader>();
        services.AddSingleton<ApiKeyCheck>();
        services.AddSingleton<ApiBody>();
        ApiRateLimits.Add(services);
        ApiDocument.Add(services);
    }

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .AddEndpointFilter(ApiProblems.Filter)
            .AddEndpointFilter(RefuseUnknownQuery)
            .RequireRateLimiting(ApiRateLimits.ReadPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .CacheOutput(policy => policy.NoCache());
        StoryEndpoints.Map(api);
        ArticleEndpoints.Map(api);
        VocabularyEndpoints.Map(api);
        SourceEndpoints.Map(api);
        SubmissionEndpoints.Map(api);

        app.Map("/api/{**path}", NoRoute).ExcludeFromDescription();
        ApiDocument.Map(app);
    }

    /// <summary>An /api path no operation answers: 405 naming the methods its route takes, or 404.</summary>
    private static IResult NoRoute(HttpContext context, EndpointDataSource endpoints)
    {
        var path = context.Request.Path;
        var allowed = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true
                        && new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary()))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (allowed.Count == 0)
            return ApiProblems.Result(StatusCodes.Status404NotFound, $"no API route {context.Request.Method} {path} (see /api for the routes)");
        context.Response.Headers.Allow = string.Join(", ", allowed);
        return ApiProblems.Result(StatusCodes.Status405MethodNotAllowed, $"{context.Request.Method} is not allowed on {path} (allowed: {string.Join(", ", allowed)})");
    }

    /// <summary>A query parameter the endpoint does not take is a 400 naming it: a misspelt filter must not silently widen the list.</summary>
    private static async ValueTask<object?> RefuseUnknownQuery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var accepted = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<AcceptedQuery>()?.Names ?? [];
        foreach (var name in context.HttpContext.Request.Query.Keys)
            if (!accepted.Any(a => a.Name == name))
                return ApiProblems.Result(StatusCodes.Status400BadRequest, accepted.Count == 0
                    ? $"unknown filter '{ApiLimit.Shorten(name)}': this route takes no query parameters"
                    : $"unknown filter '{ApiLimit.Shorten(name)}' (this route takes: {string.Join(", ", accepted.Select(a => a.Name))})");
        return await next(context);
    }
}
