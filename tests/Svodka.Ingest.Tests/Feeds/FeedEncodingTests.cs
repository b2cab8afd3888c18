using System.Text;
using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds;

public sealed class FeedEncodingTests
{
    static FeedEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Russian = "<rss><channel><title>Съешь же ещё этих мягких французских булок</title></channel></rss>";

    [Fact]
    public void Http_charset_decodes_windows1251()
    {
        var body = Encoding.GetEncoding(1251).GetBytes(Russian);

        Assert.Equal(Russian, FeedEncoding.Decode(body, "application/rss+xml; charset=windows-1251"));
    }

    [Fact]
    public void Utf8_bytes_win_over_a_wrong_single_byte_declaration()
    {
        var body = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?>" + Russian);

        Assert.EndsWith(Russian, FeedEncoding.Decode(body, "text/xml; charset=windows-1251"));
    }

    [Fact]
    public void Invalid_utf8_declared_as_utf8_is_detected_as_cyrillic()
    {
        // The common misconfiguration: the server says utf-8, the CMS writes windows-1251.
        var body = Encoding.GetEncoding(1251).GetBytes(Russian);

        Assert.Equal(Russian, FeedEncoding.Decode(body, "text/xml; charset=utf-8"));
    }

    [Fact]
    public void Bom_wins_over_the_header()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Russian)).ToArray();

        Assert.Equal(Russian, FeedEncoding.Decode(body, "text/xml; charset=koi8-r"));
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Russian)).ToArray();

        Assert.Equal(Russian, FeedEncoding.Decode(body));
    }

    [Fact]
    public void Undeclared_western_single_byte_text_is_windows1252_not_cyrillic()
    {
        var text = "<rss><channel><title>Café crème brûlée à la carte</title></channel></rss>";
        var body = Encoding.Latin1.GetBytes(text);

        Assert.Equal(text, FeedEncoding.Decode(body));
    }

    [Fact]
    public void A_utf16_prolog_on_utf8_bytes_is_ignored()
    {
        var text = "<?xml version=\"1.0\" encoding=\"utf-16\"?>" + Russian;

        Assert.Equal(text, FeedEncoding.Decode(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Invalid_utf8_under_a_utf8_header_is_read_by_the_prolog_encoding()
    {
        var text = "<?xml version=\"1.0\" encoding=\"iso-8859-5\"?>" + Russian;
        var body = Encoding.GetEncoding("iso-8859-5").GetBytes(text);

        Assert.Equal(text, FeedEncoding.Decode(body, "text/xml; charset=utf-8"));
    }
}
