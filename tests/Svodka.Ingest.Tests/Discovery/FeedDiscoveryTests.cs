using System.Text;
using Svodka.Ingest.Discovery;

namespace Svodka.Ingest.Tests.Discovery;

public sealed class FeedDiscoveryTests
{
    private static readonly Uri Page = new("https://lenta.example/rubrics/russia/");

    [Fact]
    public void Finds_rss_atom_and_json_feed_links_with_relative_hrefs_resolved()
    {
        const string html = """
            <!doctype html><html><head>
              <title>Россия</title>
              <link rel="stylesheet" href="/s.css">
              <link rel="alternate" type="application/rss+xml" title="Лента &laquo;Россия&raquo;" href="/rss/russia">
              <link rel="alternate" type="application/atom+xml" href="atom.xml">
              <link rel="alternate" type="application/feed+json" href="//cdn.lenta.example/feed.json">
            </head><body></body></html>
            """;

        var feeds = FeedDiscovery.FindInHtml(html, Page);

        Assert.Equal(
            [
                new DiscoveredFeed(new Uri("https://lenta.example/rss/russia"), "Лента «Россия»", "application/rss+xml"),
                new DiscoveredFeed(new Uri("https://lenta.example/rubrics/russia/atom.xml"), null, "application/atom+xml"),
                new DiscoveredFeed(new Uri("https://cdn.lenta.example/feed.json"), null, "application/feed+json"),
            ],
            feeds);
    }

    [Fact]
    public void Honours_base_href_rel_token_lists_type_parameters_and_duplicates()
    {
        const string html = """
            <html><head><base href="https://news.example/export/">
            <LINK REL="Alternate Home" TYPE="application/RSS+XML; charset=windows-1251" HREF="rss.xml">
            <link rel="alternate" type="application/rss+xml" href="https://news.example/export/rss.xml">
            </head></html>
            """;

        var feed = Assert.Single(FeedDiscovery.FindInHtml(html, Page));

        Assert.Equal(new Uri("https://news.example/export/rss.xml"), feed.Url);
        Assert.Equal("application/rss+xml", feed.Type);
    }

    [Fact]
    public void Ignores_other_alternates_scripts_and_the_wordpress_rest_api()
    {
        const string html = """
            <html><head>
            <link rel="alternate" hreflang="en" href="/en/">
            <link rel="alternate" type="text/html" href="/print/">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            <link rel="alternate" type="application/json" href="https://site.example/wp-json/wp/v2/pages/2">
            <link rel="feed" type="application/rss+xml" href="/not-alternate.xml">
            </head></html>
            """;

        Assert.Empty(FeedDiscovery.FindInHtml(html, Page));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>")]
    [InlineData("\uFEFF  <?xml version=\"1.0\"?><!-- generator --><!DOCTYPE rss><rss>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\">")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}")]
    [InlineData("Warning: headers sent\n<?xml version=\"1.0\"?><rss>")]
    public void Recognises_a_feed_by_its_first_bytes(string start) =>
        Assert.True(FeedDiscovery.LooksLikeFeed(Encoding.UTF8.GetBytes(start)));

    [Theory]
    [InlineData("<!DOCTYPE html><html><head>")]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">")]
    [InlineData("{\"status\": \"ok\"}")]
    [InlineData("")]
    [InlineData("<note><to>Tove</to></note>")]
    public void Does_not_mistake_a_page_or_other_document_for_a_feed(string start) =>
        Assert.False(FeedDiscovery.LooksLikeFeed(Encoding.UTF8.GetBytes(start)));

    [Fact]
    public void Recognises_a_utf16_feed()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss>")).ToArray();

        Assert.True(FeedDiscovery.LooksLikeFeed(body));
    }
}
