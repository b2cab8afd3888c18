using System.Xml;
using System.Xml.Linq;
using Svodka.Testing;

namespace Svodka.Tests.Demo;

public sealed class SourcesOpmlTests
{
    private static XDocument Load()
    {
        var path = Path.Combine(TestData.RepoRoot, "config", "sources.opml");
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }

    [Fact]
    public void Shipped_sources_are_well_formed_OPML_2_with_at_least_60_real_feeds()
    {
        var opml = Load();
        Assert.Equal("opml", opml.Root!.Name.LocalName);
        Assert.Equal("2.0", (string?)opml.Root.Attribute("version"));
        Assert.False(string.IsNullOrWhiteSpace((string?)opml.Root.Element("head")?.Element("title")));

        var feeds = opml.Descendants("outline").Where(o => o.Attribute("xmlUrl") is not null).ToList();
        var urls = feeds.Select(o => (string)o.Attribute("xmlUrl")!).ToList();
        Assert.All(urls, url => Assert.True(
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !uri.Host.EndsWith(".example", StringComparison.Ordinal), url));
        Assert.True(urls.Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 60, $"{urls.Distinct().Count()} distinct feeds");
        Assert.Equal(urls.Count, urls.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(feeds, f => Assert.False(string.IsNullOrWhiteSpace((string?)f.Attribute("text"))));
    }

    [Fact]
    public void Feeds_are_grouped_into_the_portal_categories()
    {
        var body = Load().Root!.Element("body")!;
        var groups = body.Elements("outline").ToDictionary(o => (string)o.Attribute("text")!, o => o.Descendants("outline").Count(d => d.Attribute("xmlUrl") is not null));
        foreach (var category in new[] { "Россия — федеральные", "Регионы России", "Беларусь", "Казахстан", "Украина", "English" })
            Assert.True(groups.TryGetValue(category, out var count) && count >= 4, $"{category}: {(groups.TryGetValue(category, out var c) ? c : 0)} feeds");
        Assert.True(groups["Регионы России"] >= 15);
    }
}
