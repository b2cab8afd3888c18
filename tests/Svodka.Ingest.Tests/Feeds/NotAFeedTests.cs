using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds;

/// <summary>Documents that are not feeds fail with one line that says what they are.</summary>
public sealed class NotAFeedTests
{
    [Fact]
    public void Html_page_is_named_as_such()
    {
        var error = Assert.Throws<FeedParseException>(() => FeedFixtures.Parse("html-page.html"));

        Assert.Equal("not a feed: the document is an HTML page", error.Message);
    }

    [Fact]
    public void Empty_body_is_named_as_such()
    {
        var error = Assert.Throws<FeedParseException>(() => FeedFixtures.Parse("empty.xml"));

        Assert.Equal("not a feed: the document is empty", error.Message);
    }

    [Fact]
    public void Whitespace_only_body_is_empty()
    {
        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse("\uFEFF \r\n\t "u8.ToArray()));

        Assert.Equal("not a feed: the document is empty", error.Message);
    }

    [Fact]
    public void Json_that_is_not_a_json_feed_is_named_as_such()
    {
        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse("""{"status":"ok","data":[1,2]}"""u8.ToArray()));

        Assert.Equal("not a feed: the document is JSON but not a JSON Feed (no jsonfeed.org version and no items)", error.Message);
    }

    [Fact]
    public void Broken_json_names_the_position()
    {
        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse("{\n  \"version\": \"1.0\"\n"u8.ToArray()));

        Assert.StartsWith("malformed JSON at line ", error.Message);
    }

    [Fact]
    public void Binary_garbage_is_neither_xml_nor_json()
    {
        var garbage = new byte[512];
        new Random(7).NextBytes(garbage);
        garbage[0] = 0x89; // no '<' or '{' at the start, as in a PNG

        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(garbage));

        Assert.Equal("not a feed: the document is neither XML nor JSON", error.Message);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_names_its_root()
    {
        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse("<note><to>Tove</to></note>"u8.ToArray()));

        Assert.Equal("not a feed: the root element is <note>, not rss, rdf:RDF or feed", error.Message);
    }
}
