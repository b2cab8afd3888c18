using Microsoft.AspNetCore.Http;
using Svodka.Ingest.Fetching;
using Svodka.Ingest.Tests.Fetching.Support;

namespace Svodka.Ingest.Tests.Fetching;

/// <summary>
/// The fetcher must not become a way into the operator's network. In <see cref="TestFetcher.Guarded"/> the
/// loopback server at 127.0.0.1 plays a public publisher and 127.0.0.2 the private network, so every
/// refusal below is checked without traffic leaving the machine.
/// </summary>
public sealed class AddressGuardTests
{
    [Fact]
    public async Task A_loopback_URL_is_refused_when_private_addresses_are_not_allowed()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("secret"));
        using var fetcher = TestFetcher.Create(o => o.AllowPrivateAddresses = false);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.PrivateAddress, e.Failure);
        Assert.Equal("refused: 127.0.0.1 is a private address", e.Message);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task Localhost_is_refused_through_real_DNS()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("secret"));
        using var fetcher = TestFetcher.Create(o => o.AllowPrivateAddresses = false);

        var e = await Assert.ThrowsAsync<FetchException>(() =>
            fetcher.FetchAsync(new Uri($"http://localhost:{server.Root.Port}/")));

        Assert.Equal(FetchFailure.PrivateAddress, e.Failure);
        Assert.StartsWith("refused: localhost resolves to a private address (", e.Message);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task A_public_host_is_fetched_through_the_guard()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("news"));
        using var fetcher = TestFetcher.Guarded(new FakeResolver().Set("feeds.example", "127.0.0.1"));

        var response = await fetcher.FetchAsync(new Uri($"http://feeds.example:{server.Root.Port}/rss"));

        Assert.Equal("news"u8.ToArray(), response.Body);
    }

    [Theory]
    [InlineData("http://intranet.example:{port}/admin", "refused: intranet.example resolves to a private address (127.0.0.2)")]
    [InlineData("http://127.0.0.2:{port}/admin", "refused: 127.0.0.2 is a private address")]
    [InlineData("http://[::ffff:127.0.0.2]:{port}/admin", "refused: ::ffff:127.0.0.2 is a private address")]
    [InlineData("http://[::1]:{port}/admin", "refused: ::1 is a private address")]
    public async Task A_redirect_from_a_public_host_to_a_private_address_is_refused(string location, string message)
    {
        var privateHits = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/admin")
            {
                Interlocked.Increment(ref privateHits);
                await context.Response.WriteAsync("secret");
                return;
            }
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = location.Replace("{port}", context.Request.Host.Port.ToString());
        });
        using var fetcher = TestFetcher.Guarded(new FakeResolver()
            .Set("feeds.example", "127.0.0.1")
            .Set("intranet.example", "127.0.0.2"));

        var e = await Assert.ThrowsAsync<FetchException>(() =>
            fetcher.FetchAsync(new Uri($"http://feeds.example:{server.Root.Port}/rss")));

        Assert.Equal(FetchFailure.PrivateAddress, e.Failure);
        Assert.Equal(message, e.Message);
        Assert.Equal(0, privateHits);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_host_that_rebinds_to_a_private_address_is_refused_on_the_next_connection()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            // A fresh connection per request, so the second fetch resolves again.
            context.Response.Headers.Connection = "close";
            await context.Response.WriteAsync("news");
        });
        var dns = new FakeResolver().Set("feeds.example", "127.0.0.1");
        using var fetcher = TestFetcher.Guarded(dns);
        var url = new Uri($"http://feeds.example:{server.Root.Port}/rss");

        await fetcher.FetchAsync(url);
        dns.Set("feeds.example", "127.0.0.2");
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(url));

        Assert.Equal(FetchFailure.PrivateAddress, e.Failure);
        Assert.Equal("refused: feeds.example resolves to a private address (127.0.0.2)", e.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_private_address_is_refused_without_retries()
    {
        // Loopback even here, so a broken guard would still send nothing off this machine.
        var dns = new FakeResolver().Set("intranet.example", "127.0.0.3");
        using var fetcher = TestFetcher.Guarded(dns, o => o.MaxRetries = 5);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri("http://intranet.example/")));

        Assert.Equal("refused: intranet.example resolves to a private address (127.0.0.3)", e.Message);
        Assert.Equal(new Uri("http://intranet.example/"), e.Url);
        Assert.Equal(1, dns.Lookups);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "refused: a file: URL (only http and https are fetched)")]
    [InlineData("ftp://ftp.example.com/feed.xml", "refused: a ftp: URL (only http and https are fetched)")]
    [InlineData("gopher://example.com/", "refused: a gopher: URL (only http and https are fetched)")]
    public async Task A_non_http_scheme_is_refused(string url, string message)
    {
        using var fetcher = TestFetcher.Create();

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url)));

        Assert.Equal(FetchFailure.InvalidUrl, e.Failure);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public async Task A_relative_URL_is_refused()
    {
        using var fetcher = TestFetcher.Create();

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri("/feed.xml", UriKind.Relative)));

        Assert.Equal(FetchFailure.InvalidUrl, e.Failure);
        Assert.Equal("/feed.xml is not an absolute URL", e.Message);
    }
}
