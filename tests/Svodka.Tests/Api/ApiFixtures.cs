using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Svodka.Tests.Web;

namespace Svodka.Tests.Api;

/// <summary>The portal with a read budget no test reaches: the read tests make many requests from one address.</summary>
public sealed class SqliteApiPortal() : PortalFixture(onPostgres: false, ApiSettingsFor.Roomy);

public sealed class PostgresApiPortal() : PortalFixture(onPostgres: true, ApiSettingsFor.Roomy);

/// <summary>Settings shared by the API fixtures.</summary>
internal static class ApiSettingsFor
{
    public static IReadOnlyDictionary<string, string?> Roomy { get; } = new Dictionary<string, string?>
    {
        ["Api:ReadsPerWindow"] = "100000",
        ["Api:WritesPerWindow"] = "100000",
    };
}

/// <summary>An API answer: status, content type, the raw text and, when it is JSON, the parsed document.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, string? ContentType, string Text, HttpResponseHeaders Headers)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    public static async Task<ApiAnswer> From(HttpResponseMessage response) => new(
        response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), response.Headers);

    public static async Task<ApiAnswer> GetAsync(HttpClient client, string path) => await From(await client.GetAsync(path));

    /// <summary>Asserts an RFC 9457 problem with this status whose detail contains <paramref name="detail"/>.</summary>
    public void AssertProblem(HttpStatusCode status, string detail)
    {
        Assert.Equal(status, Status);
        Assert.Equal("application/problem+json", ContentType);
        var json = Json;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.Contains(detail, json.GetProperty("detail").GetString());
    }

    public List<long> Ids() => Json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();

    public string? NextCursor => Json.GetProperty("next_cursor").GetString();
}
