using Svodka.Demo;

namespace Svodka.Tests.Demo;

/// <summary>One demo server over the shipped demo set, on a hand-moved clock, shared by a test class.</summary>
public sealed class DemoServerFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 26, 0, TimeSpan.Zero);

    internal ManualTimeProvider Time { get; } = new(Start);
    public DemoCatalog Catalog { get; } = DemoCatalog.Load(DemoCatalog.DefaultDirectory());
    public DemoServer Server { get; private set; } = null!;
    public HttpClient Http { get; } = new(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None });

    public async ValueTask InitializeAsync() =>
        Server = await DemoServer.StartAsync(Catalog, 0, Time, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    public DemoOutlet Outlet(string id) => Catalog.Outlets.Single(o => o.Id == id);

    public DemoFeed FeedOf(string id) => Server.Feeds.Single(f => f.FeedUrl.AbsolutePath.StartsWith($"/{id}/", StringComparison.Ordinal));

    public Task<HttpResponseMessage> GetAsync(Uri url) => Http.GetAsync(url);
}
