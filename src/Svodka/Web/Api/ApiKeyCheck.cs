using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Svodka.Storage.ApiKeys;

namespace Svodka.Web.Api;

/// <summary>
/// The check every API write makes: a live key in <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>,
/// or a 401. Any endpoint that changes data calls <see cref="RequireAsync"/> first.
/// </summary>
public sealed class ApiKeyCheck(ApiKeyStore keys)
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>The key the request presents, if any: what the write rate limit counts by, too.</summary>
    public static string? Presented(HttpRequest request)
    {
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } key) return key.Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    /// <summary>The request's key, or an <see cref="ApiProblem"/> 401 saying what is missing or wrong.</summary>
    public async Task<ApiKeyRecord> RequireAsync(HttpContext context, CancellationToken ct)
    {
        var presented = Presented(context.Request);
        if (presented is null or { Length: 0 })
            throw Unauthorized(context, $"an API key is required: send Authorization: Bearer KEY or {HeaderName}: KEY (make one with `svodka keys add NAME`)");
        return await keys.VerifyAsync(presented, ct)
               ?? throw Unauthorized(context, "the API key is not valid: it is unknown or has been revoked");
    }

    private static ApiProblem Unauthorized(HttpContext context, string detail)
    {
        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer realm=\"svodka\"";
        return new ApiProblem(StatusCodes.Status401Unauthorized, detail);
    }
}

/// <summary>Endpoint metadata for a read that needs a key (writes always do): the OpenAPI document names the key schemes on it.</summary>
public sealed record ApiKeyRequired;
