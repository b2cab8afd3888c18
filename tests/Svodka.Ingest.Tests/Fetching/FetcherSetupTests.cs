using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Svodka.Ingest.Fetching;
using Svodka.Ingest.Tests.Fetching.Support;

namespace Svodka.Ingest.Tests.Fetching;

public sealed class FetcherSetupTests
{
    [Fact]
    public async Task The_User_Agent_names_Svodka_and_its_version()
    {
        string? userAgent = null;
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            userAgent = context.Request.Headers.UserAgent.ToString();
            return context.Response.WriteAsync("ok");
        });
        using var fetcher = TestFetcher.Create();

        await fetcher.FetchAsync(server.Root);

        Assert.Contains("Svodka/", userAgent);
        Assert.Matches(new Regex(@"^Svodka/\d+\.\d+\.\d+\S* \(\+https://github\.com/svodka/svodka\)$"), userAgent);
    }

    [Fact]
    public async Task The_Accept_header_is_the_callers_or_anything()
    {
        var accepts = new List<string>();
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            lock (accepts) accepts.Add(context.Request.Headers.Accept.ToString());
            return context.Response.WriteAsync("ok");
        });
        using var fetcher = TestFetcher.Create();

        await fetcher.FetchAsync(server.Root);
        await fetcher.FetchAsync(new FetchRequest(server.Root) { Accept = "application/rss+xml, application/atom+xml" });

        Assert.Equal(["*/*", "application/rss+xml, application/atom+xml"], accepts);
    }

    [Fact]
    public async Task Options_bound_from_configuration_apply()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(new string('x', 500)));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Fetcher:MaxBodyBytes"] = "100",
            ["Fetcher:AllowPrivateAddresses"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.Configure<FetcherOptions>(configuration.GetSection("Fetcher"));
        services.AddSvodkaFetcher();
        using var provider = services.BuildServiceProvider();

        var e = await Assert.ThrowsAsync<FetchException>(() =>
            provider.GetRequiredService<HttpFetcher>().FetchAsync(new FetchRequest(server.Root), CancellationToken.None));

        Assert.Equal("body larger than 100 bytes", e.Message);
    }

    [Fact]
    public void Unusable_options_are_refused_with_the_setting_named()
    {
        var e = Assert.Throws<OptionsValidationException>(() => TestFetcher.Create(o => o.MaxPerHost = 0));

        Assert.Contains("Fetcher:MaxPerHost must be positive (is 0)", e.Message);
    }

    [Fact]
    public void The_fetcher_is_one_instance_for_the_application()
    {
        var services = new ServiceCollection();
        services.AddSvodkaFetcher(o => o.AllowPrivateAddresses = true);
        services.AddSvodkaFetcher(o => o.MaxRedirects = 2);
        using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<HttpFetcher>(), provider.GetRequiredService<HttpFetcher>());
        var options = provider.GetRequiredService<IOptions<FetcherOptions>>().Value;
        Assert.True(options.AllowPrivateAddresses);
        Assert.Equal(2, options.MaxRedirects);
    }

    [Fact]
    public async Task A_closed_port_is_a_network_failure_naming_the_address()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var fetcher = TestFetcher.Create(o => o.MaxRetries = 0);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/")));

        Assert.Equal(FetchFailure.Network, e.Failure);
        Assert.Equal($"connection refused by 127.0.0.1:{port}", e.Message);
    }

    [Fact]
    public async Task An_unknown_host_is_a_network_failure()
    {
        using var fetcher = TestFetcher.Guarded(new FakeResolver());

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri("http://nowhere.example/feed")));

        Assert.Equal(FetchFailure.Network, e.Failure);
        Assert.Equal("nowhere.example: host not found", e.Message);
    }

    [Fact]
    public async Task The_response_reports_how_long_the_fetch_took()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Task.Delay(200);
            await context.Response.WriteAsync("ok");
        });
        using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Root);

        Assert.InRange(response.Duration, TimeSpan.FromMilliseconds(190), TimeSpan.FromSeconds(15));
    }
}
