using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Svodka.Ingest.Discovery;
using Svodka.Testing;

namespace Svodka.Ingest.Tests.Discovery;

/// <summary>FeedDiscovery over real publisher pages (the trafilatura evaluation corpus: news sites, blogs, shops).</summary>
public sealed class RealPagesDiscoveryTests
{
    [Fact]
    public void Real_pages_yield_absolute_http_feed_links_and_never_throw()
    {
        var root = TestData.RequireShared("trafilatura-eval");
        var pages = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "evaldata.json")))!.AsObject();
        int read = 0, withFeeds = 0, feeds = 0;

        // Every fourth page keeps the test to a few seconds; the pages are ordered by nothing that matters here.
        foreach (var (url, entry) in pages.Where((_, i) => i % 4 == 0))
        {
            var file = (string)entry!["file"]!;
            var path = new[] { "eval", "cache" }.Select(folder => Path.Combine(root, "html", folder, file + ".gz")).FirstOrDefault(File.Exists);
            if (path is null) continue;
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var text = new StreamReader(gzip, Encoding.UTF8);
            var found = FeedDiscovery.FindInHtml(text.ReadToEnd(), new Uri(url));
            read++;
            if (found.Count > 0) withFeeds++;
            feeds += found.Count;
            Assert.All(found, f => Assert.True(f.Url.IsAbsoluteUri && f.Url.Scheme is "http" or "https", f.Url.ToString()));
            Assert.Equal(found.Count, found.Select(f => f.Url).Distinct().Count());
        }

        var summary = $"feed discovery: {read} real pages, {withFeeds} advertise feeds, {feeds} feed links";
        Console.Out.WriteLine(summary);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.True(read > 200, $"read only {read} pages");
        // Most news and blog pages advertise a feed; a parse that found almost none would be broken.
        Assert.True(withFeeds * 3 > read, $"{withFeeds} of {read} pages advertise feeds");
    }
}
