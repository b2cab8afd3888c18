using System.Net;
using System.Net.Sockets;
using System.Text;
using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds;

/// <summary>DTDs are never processed: no file is read, no request is made, no entity is expanded.</summary>
public sealed class HostileXmlTests
{
    [Fact]
    public void Xxe_file_entity_is_refused_and_the_file_is_never_read()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"svodka-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRET-CONTENT");
        try
        {
            var body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(FeedFixtures.Bytes("xxe-file.xml")).Replace("/etc/passwd", secret));

            var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(body));

            Assert.Equal("refused: the document declares the XML entity 'xxe' in a DTD, and entities are never expanded", error.Message);
            Assert.DoesNotContain("SECRET-CONTENT", error.ToString());
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void External_dtd_and_parameter_entities_make_no_request()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/evil.dtd";
        var body = Encoding.UTF8.GetBytes($"""
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "{url}" [ <!ENTITY % remote SYSTEM "{url}"> %remote; ]>
            <rss version="2.0"><channel><title>Лента</title><item><title>Новость</title></item></channel></rss>
            """);

        var feed = FeedParser.Parse(body);

        Assert.Equal("Новость", feed.Items[0].Title);
        // A request would have been made synchronously during the parse; nothing is waiting to be accepted.
        Assert.False(listener.Pending());
    }

    [Fact]
    public void Billion_laughs_is_refused_without_expanding_anything()
    {
        var body = FeedFixtures.Bytes("billion-laughs.xml");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(body));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.StartsWith("refused: the document declares the XML entity 'lol'", error.Message);
        // Expanded, &lol9; is 3 GB of text; refused, the parse allocates about what the document weighs.
        Assert.True(allocated < 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void An_undeclared_entity_stays_literal_text()
    {
        var body = "<rss version=\"2.0\"><channel><item><title>Тест &unknown; и &amp;</title></item></channel></rss>"u8.ToArray();

        Assert.Equal("Тест &unknown; и &", FeedParser.Parse(body).Items[0].Title);
    }

    [Fact]
    public void Markup_nested_past_any_real_feed_is_refused_quickly()
    {
        // Reading a 100 000-deep tree costs time quadratic in its depth (minutes); no feed nests past a few dozen.
        const int depth = 100_000;
        var body = Encoding.UTF8.GetBytes(
            "<rss version=\"2.0\"><channel><item><title>Глубина</title><description>"
            + string.Concat(Enumerable.Repeat("<b>", depth)) + "дно" + string.Concat(Enumerable.Repeat("</b>", depth))
            + "</description></item></channel></rss>");

        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(body));

        Assert.Equal("refused: the document nests elements more than 256 levels deep", error.Message);
    }

    [Fact]
    public void Html_nested_deeper_than_the_text_reader_follows_keeps_its_text()
    {
        const int depth = 200;
        var body = Encoding.UTF8.GetBytes(
            "<rss version=\"2.0\"><channel><item><title>t</title><description>"
            + string.Concat(Enumerable.Repeat("<b>", depth)) + "дно" + string.Concat(Enumerable.Repeat("</b>", depth))
            + "</description></item></channel></rss>");

        var summary = Assert.Single(FeedParser.Parse(body).Items).Summary;

        Assert.EndsWith("дно" + string.Concat(Enumerable.Repeat("</b>", 65)), summary);
    }
}
