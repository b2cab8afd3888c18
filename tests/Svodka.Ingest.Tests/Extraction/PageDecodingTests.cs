using System.Text;
using Svodka.Ingest.Extraction;

namespace Svodka.Ingest.Tests.Extraction;

public class PageDecodingTests
{
    private const string Russian = "<html><body><p>Синоптики предупредили жителей Сибири о резком похолодании в выходные дни.</p></body></html>";

    static PageDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Charset_from_the_content_type_header_wins_over_the_meta_tag()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes("<meta charset=\"utf-8\">" + Russian);
        Assert.Contains("Синоптики", PageDecoding.Decode(bytes, "text/html; charset=windows-1251"));
    }

    [Fact]
    public void Byte_order_mark_wins_over_the_header()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Russian)).ToArray();
        var text = PageDecoding.Decode(bytes, "text/html; charset=windows-1251");
        Assert.StartsWith("<html>", text);
        Assert.Contains("Синоптики", text);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">")]
    [InlineData("<meta charset=cp1251>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")]
    public void Charset_from_a_meta_tag(string meta)
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes("<html><head>" + meta + "</head>" + Russian);
        Assert.Contains("Синоптики", PageDecoding.Decode(bytes, "text/html"));
    }

    [Theory]
    [InlineData(1251)]
    [InlineData(20866)]
    public void Undeclared_cyrillic_single_byte_pages_are_told_apart(int codePage)
    {
        var bytes = Encoding.GetEncoding(codePage).GetBytes(Russian);
        Assert.Contains("Синоптики предупредили жителей Сибири", PageDecoding.Decode(bytes, null));
    }

    [Fact]
    public void Undeclared_utf8_stays_utf8()
    {
        Assert.Contains("Синоптики", PageDecoding.Decode(Encoding.UTF8.GetBytes(Russian), null));
    }

    [Fact]
    public void Undeclared_latin_text_is_not_mistaken_for_cyrillic()
    {
        var bytes = Encoding.Latin1.GetBytes("<p>Die Straßenbahn fährt über die Brücke, schön grün ist's hier.</p>");
        Assert.Contains("Straßenbahn fährt über die Brücke", PageDecoding.Decode(bytes, null));
    }

    [Fact]
    public void Utf8_cut_inside_a_character_is_still_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Russian + "ж");
        Assert.Contains("Синоптики", PageDecoding.Decode(bytes[..^1], null));
    }

    [Fact]
    public void An_unknown_charset_label_falls_back_to_detection()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes(Russian);
        Assert.Contains("Синоптики", PageDecoding.Decode(bytes, "text/html; charset=x-unknown-thing"));
    }
}
