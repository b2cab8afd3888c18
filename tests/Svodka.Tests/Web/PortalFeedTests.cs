using System.Net;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Svodka.Tests.Web;

/// <summary>RSS, Atom and JSON Feed for every listing: well-formed, read without complaint by feedparser, valid JSON Feed 1.1, conditional GET.</summary>
public abstract class PortalFeedTests(PortalFixture fixture)
{
    private PortalHost Host => fixture.Host;

    private static readonly string[] Listings =
    [
        "", "/rubric/society", "/topic/music", "/region/moskva", "/country/belarus", "/person/sergey-sobyanin",
        "/source/krymskiy-kurer", $"/story/{PortalCorpus.MoscowStory}", "/search",
    ];

    private static string Query(string listing) => listing == "/search" ? "?q=" + Uri.EscapeDataString("губернатора") : "";

    /// <summary>What a reader of each listing's feed expects to find in it.</summary>
    private static string Expected(string listing) => listing switch
    {
        "" => PortalCorpus.MoscowTitle,
        "/rubric/society" => PortalCorpus.CrimeaTitle,
        "/topic/music" => PortalCorpus.MusicTitle,
        "/region/moskva" => PortalCorpus.MoscowTitle,
        "/country/belarus" => PortalCorpus.BelarusTitle,
        "/person/sergey-sobyanin" => "Собянин: новая станция метро сократит дорогу в центр на 15 минут",
        "/source/krymskiy-kurer" => PortalCorpus.CrimeaTitle,
        "/search" => "Кошанов и Лукашенко обсудили межрегиональный форум",
        _ => "В Москве открылась новая станция метро на западе города",
    };

    [Fact]
    public async Task Every_feed_is_well_formed_and_feedparser_reads_it_without_complaint()
    {
        var client = Host.Client("svodka.local");
        var dir = Directory.CreateTempSubdirectory("svodka-feeds-").FullName;
        var files = new Dictionary<string, string>();
        foreach (var listing in Listings)
            foreach (var (format, type) in new[] { ("rss", "application/rss+xml"), ("atom", "application/atom+xml") })
            {
                var response = await client.GetAsync($"{listing}/{format}{Query(listing)}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
                var bytes = await response.Content.ReadAsByteArrayAsync();
                using (var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
                    while (reader.Read()) { }
                var path = Path.Combine(dir, $"{files.Count}.{format}.xml");
                await File.WriteAllBytesAsync(path, bytes);
                files[path] = $"{listing}/{format}";
            }

        var parsed = await FeedParser.ParseAsync([.. files.Keys]);
        foreach (var (path, name) in files)
        {
            var feed = parsed[path];
            Assert.True(feed.Bozo == 0, $"{name}: feedparser says {feed.Error}");
            Assert.StartsWith(name.EndsWith("/rss", StringComparison.Ordinal) ? "rss20" : "atom10", feed.Version);
            var listing = name[..name.LastIndexOf('/')];
            Assert.Contains(feed.Entries, e => e.Title == Expected(listing));
            Assert.All(feed.Entries, e => Assert.StartsWith("http://svodka.local/article/", e.Link));
            Assert.All(feed.Entries, e => Assert.False(string.IsNullOrEmpty(e.Published), $"{name}: an entry without a date"));
        }
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Every_JSON_feed_is_a_valid_JSON_Feed_1_1()
    {
        var client = Host.Client("svodka.local");
        foreach (var listing in Listings)
        {
            var response = await client.GetAsync($"{listing}/feed.json{Query(listing)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/feed+json", response.Content.Headers.ContentType?.MediaType);
            var json = await response.Content.ReadAsStringAsync();
            Assert.Empty(JsonFeedSchema.Violations(json));
            var items = JsonDocument.Parse(json).RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.Contains(items, i => i.GetProperty("title").GetString() == Expected(listing));
            Assert.All(items, i => Assert.StartsWith("https://", i.GetProperty("external_url").GetString()));
        }
    }

    [Fact]
    public void The_JSON_Feed_checks_catch_what_the_specification_forbids()
    {
        Assert.Contains(JsonFeedSchema.Violations("""{"version":"https://jsonfeed.org/version/1","title":"x","items":[]}"""), e => e.StartsWith("$.version"));
        Assert.Contains(JsonFeedSchema.Violations("""{"version":"https://jsonfeed.org/version/1.1","items":[]}"""), e => e.StartsWith("$.title"));
        Assert.Contains(JsonFeedSchema.Violations("""{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[{"id":"1"}]}"""), e => e.Contains("content_text"));
        Assert.Contains(JsonFeedSchema.Violations("""{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[{"id":"1","content_text":"a","date_published":"25.11.2026"}]}"""), e => e.Contains("date_published"));
    }

    [Fact]
    public async Task Feeds_answer_conditional_requests()
    {
        var client = Host.Client("svodka.local");
        foreach (var format in new[] { "rss", "atom", "feed.json" })
        {
            var first = await client.GetAsync($"/region/moskva/{format}");
            Assert.NotNull(first.Headers.ETag);
            Assert.NotNull(first.Content.Headers.LastModified);
            using var byTag = new HttpRequestMessage(HttpMethod.Get, $"/region/moskva/{format}");
            byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byTag)).StatusCode);
            using var byDate = new HttpRequestMessage(HttpMethod.Get, $"/region/moskva/{format}");
            byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byDate)).StatusCode);
        }
    }

    [Fact]
    public async Task The_Moscow_sites_feed_carries_Moscow_news_only()
    {
        var rss = XDocument.Parse(await Host.Client("moskva.svodka.local").GetStringAsync("/rss"));
        var titles = rss.Descendants("item").Select(i => i.Element("title")!.Value).ToList();
        Assert.Contains(PortalCorpus.MoscowTitle, titles);
        Assert.DoesNotContain(PortalCorpus.CrimeaTitle, titles);
        Assert.Equal("http://moskva.svodka.local/rss", rss.Descendants(XName.Get("link", "http://www.w3.org/2005/Atom")).Single().Attribute("href")!.Value);
    }

    [Fact]
    public async Task Unknown_listings_have_no_feed()
    {
        var client = Host.Client("svodka.local");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/region/atlantida/rss")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/story/999999/feed.json")).StatusCode);
    }
}

public sealed class SqlitePortalFeedTests(SqlitePortal fixture) : PortalFeedTests(fixture), IClassFixture<SqlitePortal>;

public sealed class PostgresPortalFeedTests(PostgresPortal fixture) : PortalFeedTests(fixture), IClassFixture<PostgresPortal>;
