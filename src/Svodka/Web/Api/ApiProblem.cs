using Microsoft.AspNetCore.Http;

namespace Svodka.Web.Api;

/// <summary>
/// A request the API refuses, with the status and a detail that names the problem. Thrown while reading a
/// request and turned into application/problem+json (RFC 9457) by <see cref="ApiProblems.Filter"/>.
/// </summary>
public sealed class ApiProblem(int status, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    /// <summary>Members beside status, title and detail (RFC 9457 extensions), such as the errors of each field.</summary>
    public IDictionary<string, object?>? Extensions { get; init; }

    public static ApiProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, detail);
    public static ApiProblem NotFound(string detail) => new(StatusCodes.Status404NotFound, detail);
}

public static class ApiProblems
{
    /// <summary>The problem+json response for a status and a detail; the title is the status's reason phrase.</summary>
    public static IResult Result(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status), extensions: extensions);

    public static Task WriteAsync(HttpContext context, int status, string detail) => Result(status, detail).ExecuteAsync(context);

    /// <summary>Every API endpoint runs through this: an <see cref="ApiProblem"/> becomes its problem+json answer.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ApiProblem problem)
        {
            return Result(problem.Status, problem.Message, problem.Extensions);
        }
    }
}
