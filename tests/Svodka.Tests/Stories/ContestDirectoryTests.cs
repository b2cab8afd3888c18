using System.Text;
using Svodka.Stories;

namespace Svodka.Tests.Stories;

public class ContestDirectoryTests
{
    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with BOM")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_page_reads_the_same_as_File_ReadAllText_gives_it_in_every_encoding_a_BOM_names(string encoding)
    {
        const string html = "<html><head><meta property=\"og:title\" content=\"Лукашенко встретился с Кошановым в Минске\"/></head>"
            + "<body><article><p>Президент Беларуси — «важная встреча». Ünïcödé ✓</p></article></body></html>";
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(html),
            "utf-8 with BOM" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(html)],
            "utf-16" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(html)],
            _ => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(html)],
        };
        var path = Path.Combine(Directory.CreateTempSubdirectory("svodka-contest-").FullName, "page.html");
        File.WriteAllBytes(path, bytes);

        Assert.Equal(html, ContestDirectory.ReadText(path));
        Assert.Equal(File.ReadAllText(path), ContestDirectory.ReadText(path));
    }

    [Fact]
    public void An_empty_page_is_empty_text()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("svodka-contest-").FullName, "empty.html");
        File.WriteAllBytes(path, []);

        Assert.Equal("", ContestDirectory.ReadText(path));
    }
}
