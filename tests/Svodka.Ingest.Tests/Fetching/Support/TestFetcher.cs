using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Ingest.Fetching;

namespace Svodka.Ingest.Tests.Fetching.Support;

/// <summary>
/// An HttpFetcher wired the way the application wires it (AddSvodkaFetcher), with loopback allowed and
/// short retry delays unless a test says otherwise.
/// </summary>
internal sealed class TestFetcher : IDisposable
{
    private readonly ServiceProvider _services;

    private TestFetcher(ServiceProvider services)
    {
        _services = services;
        Fetcher = services.GetRequiredService<HttpFetcher>();
    }

    public HttpFetcher Fetcher { get; }

    public static TestFetcher Create(Action<FetcherOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddSvodkaFetcher(options =>
        {
            options.AllowPrivateAddresses = true;
            options.RetryDelay = TimeSpan.FromMilliseconds(20);
            options.Timeout = TimeSpan.FromSeconds(20);
            configure?.Invoke(options);
        });
        services?.Invoke(collection);
        return new TestFetcher(collection.BuildServiceProvider());
    }

    /// <summary>
    /// A fetcher that refuses private addresses, except that 127.0.0.1 counts as public: the loopback server
    /// stands in for a publisher on the internet, and 127.0.0.2 plays the operator's private network.
    /// Names in <paramref name="dns"/> resolve as it says; without it, the system resolver answers.
    /// </summary>
    public static TestFetcher Guarded(FakeResolver? dns = null, Action<FetcherOptions>? configure = null) =>
        Create(options =>
        {
            options.AllowPrivateAddresses = false;
            configure?.Invoke(options);
        }, services =>
        {
            services.AddSingleton<IsPublicAddress>(address =>
                address.Equals(IPAddress.Loopback) || AddressClassifier.IsPublic(address));
            if (dns is not null) services.AddSingleton<IHostResolver>(dns);
        });

    public Task<FetchResponse> FetchAsync(Uri url, CancellationToken ct = default) => Fetcher.FetchAsync(new FetchRequest(url), ct);

    public Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken ct = default) => Fetcher.FetchAsync(request, ct);

    public void Dispose() => _services.Dispose();
}

/// <summary>A DNS table the test controls, changeable between fetches (DNS rebinding). Unknown names are not found.</summary>
internal sealed class FakeResolver : IHostResolver
{
    private readonly ConcurrentDictionary<string, IPAddress> _table = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _hanging = new(StringComparer.OrdinalIgnoreCase);
    private int _lookups;

    public int Lookups => Volatile.Read(ref _lookups);

    public FakeResolver Set(string host, string address)
    {
        _table[host] = IPAddress.Parse(address);
        return this;
    }

    /// <summary>Lookups of this host never answer, like a DNS server that drops the query.</summary>
    public FakeResolver Hang(string host)
    {
        _hanging[host] = true;
        return this;
    }

    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        if (_hanging.ContainsKey(host)) await Task.Delay(Timeout.Infinite, cancellationToken);
        return _table.TryGetValue(host, out var address)
            ? [address]
            : throw new SocketException((int)SocketError.HostNotFound);
    }
}
