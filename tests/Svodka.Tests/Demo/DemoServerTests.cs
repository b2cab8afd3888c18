using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Svodka.Demo;

namespace Svodka.Tests.Demo;

public sealed class DemoServerTests(DemoServerFixture demo) : IClassFixture<DemoServerFixture>
{
    static DemoServerTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Every_outlet_has_a_feed_and_every_article_a_page()
    {
        Assert.Equal(demo.Catalog.Outlets.Count, demo.Server.Feeds.Count);
        foreach (var outlet in demo.Catalog.Outlets)
        {
            var feed = demo.FeedOf(outlet.Id);
            Assert.Equal(outlet.Name, feed.Title);
            using var feedResponse = await demo.GetAsync(feed.FeedUrl);
            var expected = outlet.Feed.Breakage == DemoFeedBreakage.ServerError ? HttpStatusCode.InternalServerError : HttpStatusCode.OK;
            Assert.Equal(expected, feedResponse.StatusCode);

            var encoding = Encoding.GetEncoding(outlet.Feed.Encoding);
            foreach (var article in demo.Catalog.ArticlesOf(outlet))
            {
                var page = new Uri(feed.SiteUrl, $"news/{article.Slug}.html");
                using var response = await demo.GetAsync(page);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {response.StatusCode}");
                var html = encoding.GetString(await response.Content.ReadAsByteArrayAsync());
                Assert.Contains(Html.Encode(article.Paragraphs[^1]), DecodeReferences(html));
            }
        }
    }

    [Fact]
    public async Task Well_formed_feeds_list_every_article_with_a_link_to_its_page()
    {
        foreach (var outlet in demo.Catalog.Outlets.Where(o => o.Feed.Breakage == DemoFeedBreakage.None))
        {
            var feed = demo.FeedOf(outlet.Id);
            var bytes = await (await demo.GetAsync(feed.FeedUrl)).Content.ReadAsByteArrayAsync();
            // A feed that names no charset anywhere can only be read by one who knows (or guesses) it.
            if (!outlet.Feed.CharsetInProlog && outlet.Feed.Encoding != "utf-8")
                bytes = Encoding.UTF8.GetBytes(Encoding.GetEncoding(outlet.Feed.Encoding).GetString(bytes));
            var links = outlet.Feed.Format == DemoFeedFormat.JsonFeed11 ? JsonFeedLinks(bytes) : XmlFeedLinks(bytes, feed.FeedUrl);
            var expected = demo.Catalog.ArticlesOf(outlet).Select(a => new Uri(feed.SiteUrl, $"news/{a.Slug}.html").AbsoluteUri).Order().ToList();
            Assert.Equal(expected, links.Order().ToList());
        }
    }

    [Fact]
    public async Task Broken_feeds_are_broken_the_way_they_say()
    {
        using var html = await demo.GetAsync(demo.FeedOf("kerch").FeedUrl);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", await html.Content.ReadAsStringAsync());

        var truncated = await (await demo.GetAsync(demo.FeedOf("sever").FeedUrl)).Content.ReadAsStringAsync();
        Assert.Throws<XmlException>(() => XDocument.Parse(truncated));
        Assert.Equal(3, CountOf(truncated, "<item>"));
        Assert.DoesNotContain("</rss>", truncated);

        var entities = await (await demo.GetAsync(demo.FeedOf("kazan").FeedUrl)).Content.ReadAsStringAsync();
        Assert.Throws<XmlException>(() => XDocument.Parse(entities));
        Assert.Contains("&nbsp;", entities);
        Assert.Contains('\u000B', entities);
        Assert.Equal(demo.Catalog.ArticlesOf(demo.Outlet("kazan")).Count(), CountOf(entities, "<item>"));

        using var error = await demo.GetAsync(demo.FeedOf("volga").FeedUrl);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
    }

    [Fact]
    public async Task Windows_1251_feed_without_any_charset_decodes_only_as_cp1251()
    {
        using var response = await demo.GetAsync(demo.FeedOf("krym").FeedUrl);
        Assert.Null(response.Content.Headers.ContentType!.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("<?xml version=\"1.0\"?>", Encoding.ASCII.GetString(bytes, 0, 40));
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        var text = Encoding.GetEncoding(1251).GetString(bytes);
        Assert.Contains("<title>Крымский курьер</title>", text);
        Assert.Contains("Севастополь", text);
    }

    [Fact]
    public async Task Each_feed_is_in_the_encoding_its_header_or_prolog_declares()
    {
        using var prologOnly = await demo.GetAsync(demo.FeedOf("podmoskovye").FeedUrl);
        Assert.Null(prologOnly.Content.Headers.ContentType!.CharSet);
        var podmoskovye = await prologOnly.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"windows-1251\"?>", Encoding.ASCII.GetString(podmoskovye, 0, 60));
        Assert.Equal("Вести Подмосковья", XmlTitle(podmoskovye));

        using var koi8 = await demo.GetAsync(demo.FeedOf("nevsky").FeedUrl);
        Assert.Equal("koi8-r", koi8.Content.Headers.ContentType!.CharSet);
        var nevsky = await koi8.Content.ReadAsByteArrayAsync();
        Assert.Contains("<title>Невский телеграф</title>", Encoding.GetEncoding("koi8-r").GetString(nevsky));
        Assert.Equal("Невский телеграф", XmlTitle(nevsky));

        foreach (var outlet in demo.Catalog.Outlets.Where(o => o.Feed.Encoding == "utf-8" && o.Feed.Breakage == DemoFeedBreakage.None))
        {
            var bytes = await (await demo.GetAsync(demo.FeedOf(outlet.Id).FeedUrl)).Content.ReadAsByteArrayAsync();
            Assert.Contains(outlet.Name, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        }
    }

    [Fact]
    public async Task Dates_are_rendered_as_now_minus_age_and_move_with_the_clock()
    {
        var outlet = demo.Outlet("lenta-dnya");
        var newest = demo.Catalog.ArticlesOf(outlet).MinBy(a => a.Age)!;
        var url = new Uri(demo.FeedOf(outlet.Id).SiteUrl, $"news/{newest.Slug}.html").AbsoluteUri;

        var before = await PubDateOf(url);
        var now = demo.Time.GetUtcNow();
        Assert.InRange(before, now - newest.Age - TimeSpan.FromMinutes(5), now - newest.Age);

        demo.Time.Advance(TimeSpan.FromHours(7));
        try
        {
            Assert.Equal(before + TimeSpan.FromHours(7), await PubDateOf(url));
        }
        finally
        {
            demo.Time.Advance(-TimeSpan.FromHours(7));
        }

        async Task<DateTimeOffset> PubDateOf(string link)
        {
            var xml = XDocument.Parse(await (await demo.GetAsync(demo.FeedOf(outlet.Id).FeedUrl)).Content.ReadAsStringAsync());
            var item = xml.Descendants("item").Single(i => (string?)i.Element("link") == link);
            return DateTimeOffset.Parse((string)item.Element("pubDate")!, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [Fact]
    public async Task A_matching_ETag_gets_304_and_a_stale_one_the_feed()
    {
        var feedUrl = demo.FeedOf("obozrevatel").FeedUrl;
        using var first = await demo.GetAsync(feedUrl);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, feedUrl);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await demo.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, feedUrl);
        stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0123456789abcdef\""));
        using var modified = await demo.Http.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
        Assert.Equal(etag, modified.Headers.ETag);
    }

    [Fact]
    public async Task Unknown_paths_are_404()
    {
        foreach (var path in new[] { "/nope/", "/stolichny/news/no-such-article.html", "/stolichny/atom.xml", "/stolichny", "/../outlets.json" })
        {
            using var response = await demo.GetAsync(new Uri(demo.Server.BaseUrl, path));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_server_listens_on_127_0_0_1_only()
    {
        Assert.Equal("127.0.0.1", demo.Server.BaseUrl.Host);
        var port = demo.Server.BaseUrl.Port;
        using (var loopback = new TcpClient()) await loopback.ConnectAsync(IPAddress.Loopback, port);

        // A wildcard listener would also accept on another loopback address or on IPv6.
        foreach (var other in new[] { IPAddress.Parse("127.0.0.2"), IPAddress.IPv6Loopback })
            await Assert.ThrowsAnyAsync<SocketException>(async () =>
            {
                // Inside the assertion: on a machine without IPv6 the socket itself cannot be made, which also proves the point.
                using var client = new TcpClient(other.AddressFamily);
                await client.ConnectAsync(other, port);
            });
    }

    [Fact]
    public async Task Atom_links_relative_to_xml_base_resolve_to_served_pages()
    {
        var feed = demo.FeedOf("sibir");
        var xml = XDocument.Parse(await (await demo.GetAsync(feed.FeedUrl)).Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var xmlBase = (string)xml.Root!.Attribute(XNamespace.Xml + "base")!;
        var hrefs = xml.Root.Elements(atom + "entry").Select(e => (string)e.Element(atom + "link")!.Attribute("href")!).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.False(Uri.IsWellFormedUriString(href, UriKind.Absolute)));
        using var page = await demo.GetAsync(new Uri(new Uri(xmlBase), hrefs[0]));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Teaser_only_feeds_give_one_sentence_and_the_page_gives_the_article_amid_site_furniture()
    {
        var outlet = demo.Outlet("stolichny");
        var xml = XDocument.Parse(await (await demo.GetAsync(demo.FeedOf(outlet.Id).FeedUrl)).Content.ReadAsStringAsync());
        var articles = demo.Catalog.ArticlesOf(outlet).ToDictionary(a => a.Slug);
        foreach (var item in xml.Descendants("item"))
        {
            var slug = Path.GetFileNameWithoutExtension(new Uri((string)item.Element("link")!).AbsolutePath);
            var teaser = (string)item.Element("description")!;
            Assert.StartsWith(teaser, articles[slug].Lead);
            Assert.True(teaser.Length < 320, teaser);
            Assert.DoesNotContain(articles[slug].Paragraphs[0], teaser);
        }

        var article = demo.Catalog.ArticlesOf(outlet).First();
        var html = await (await demo.GetAsync(new Uri(demo.FeedOf(outlet.Id).SiteUrl, $"news/{article.Slug}.html"))).Content.ReadAsStringAsync();
        Assert.Contains("itemprop=\"articleBody\"", html);
        Assert.Contains("\"@type\": \"NewsArticle\"", html);
        Assert.Contains("property=\"og:title\"", html);
        Assert.Contains("Читайте также", html);
        Assert.Contains("cookie", html);
        foreach (var paragraph in article.Paragraphs) Assert.Contains(Html.Encode(paragraph), html);
    }

    private static List<string> XmlFeedLinks(byte[] bytes, Uri feedUrl)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        var doc = XDocument.Load(reader);
        XNamespace rss1 = "http://purl.org/rss/1.0/", atom = "http://www.w3.org/2005/Atom", atom03 = "http://purl.org/atom/ns#";
        var root = doc.Root!;
        var baseUri = (string?)root.Attribute(XNamespace.Xml + "base") is { } b ? new Uri(b) : feedUrl;
        return root.Name.LocalName switch
        {
            "rss" => root.Descendants("item").Select(i => (string)i.Element("link")!).ToList(),
            "RDF" => root.Elements(rss1 + "item").Select(i => (string)i.Element(rss1 + "link")!).ToList(),
            _ => root.Elements(atom + "entry").Concat(root.Elements(atom03 + "entry"))
                .Select(e => new Uri(baseUri, (string)e.Elements().First(l => l.Name.LocalName == "link").Attribute("href")!).AbsoluteUri)
                .ToList(),
        };
    }

    private static List<string> JsonFeedLinks(byte[] bytes)
    {
        using var json = JsonDocument.Parse(bytes);
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!).ToList();
    }

    private static string XmlTitle(byte[] bytes)
    {
        // XmlReader picks the encoding from the prolog, as a feed reader should.
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return (string)XDocument.Load(reader).Root!.Element("channel")!.Element("title")!;
    }

    /// <summary>Pages in single-byte encodings carry characters they lack as &amp;#N; references.</summary>
    private static string DecodeReferences(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "&#(\\d+);", m =>
        {
            var code = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return code is '&' or '<' or '>' or '"' or '\'' ? m.Value : char.ConvertFromUtf32(code);
        });

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
