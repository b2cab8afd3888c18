using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Svodka.Web.Api;

/// <summary>Reads a JSON request body of at most Api:MaxBodyBytes (or the route's own cap): larger is a 413, unreadable JSON a 400.</summary>
public sealed class ApiBody(IOptions<ApiOptions> options)
{
    public async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken ct, long? maxBytes = null) where T : class
    {
        var max = maxBytes ?? options.Value.MaxBodyBytes;
        var tooLarge = new ApiProblem(StatusCodes.Status413PayloadTooLarge, $"the request body is larger than {max} bytes");
        if (request.ContentLength > max) throw tooLarge;
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            throw new ApiProblem(StatusCodes.Status415UnsupportedMediaType, $"the request body must be application/json, not '{request.ContentType ?? "(none)"}'");

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        for (int read; (read = await request.Body.ReadAsync(chunk, ct)) > 0;)
        {
            if (buffer.Length + read > max) throw tooLarge;
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return JsonSerializer.Deserialize<T>(buffer.ToArray(), ApiJson.Options) ?? throw ApiProblem.BadRequest("the request body is JSON null; send an object");
        }
        catch (JsonException e)
        {
            throw ApiProblem.BadRequest($"the request body is not valid JSON for this request: {e.Message}");
        }
    }
}
