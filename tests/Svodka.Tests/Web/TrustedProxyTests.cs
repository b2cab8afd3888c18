using System.Net;

namespace Svodka.Tests.Web;

/// <summary>Web:TrustedProxies: X-Forwarded-For counts for the per-address rate limits only when a trusted proxy sends it.</summary>
public sealed class TrustedProxyTests
{
    private static async Task<HttpStatusCode> ReadAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/rubrics");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private static Task<PortalHost> StartAsync(string? trusted)
    {
        var settings = new Dictionary<string, string?> { ["Api:ReadsPerWindow"] = "2", ["Api:RateWindow"] = "00:10:00" };
        if (trusted is not null) settings["Web:TrustedProxies"] = trusted;
        return PortalHost.StartAsync(onPostgres: false, settings, kestrel: true);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_budget()
    {
        await using var host = await StartAsync("10.0.0.0/8, 127.0.0.1");
        using var client = new HttpClient { BaseAddress = host.Address };
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadAsync(client, "203.0.113.7"));
        // Another client behind the same proxy, and one behind two trusted hops.
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(client, "198.51.100.9"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(client, "192.0.2.44, 10.1.2.3"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(client, "192.0.2.44"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadAsync(client, "192.0.2.44"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("10.0.0.0/8")]
    public async Task Without_a_trusted_proxy_the_header_is_ignored(string? trusted)
    {
        await using var host = await StartAsync(trusted);
        using var client = new HttpClient { BaseAddress = host.Address };
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(client, "198.51.100.9"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadAsync(client, "192.0.2.44"));
    }

    [Fact]
    public async Task A_wrong_entry_stops_the_start_naming_it()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync("10.0.0.0/8, proxy.local"));
        Assert.Contains("'proxy.local'", error.ToString());
    }
}
