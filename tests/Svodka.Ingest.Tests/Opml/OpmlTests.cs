using System.Text;
using Svodka.Ingest.Opml;

namespace Svodka.Ingest.Tests.Opml;

public sealed class OpmlTests
{
    private static IReadOnlyList<OpmlOutline> Read(string opml, Encoding? encoding = null) =>
        OpmlReader.Read(new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(opml)));

    [Fact]
    public void Nested_outlines_take_the_nearest_folder_title_as_category()
    {
        var outlines = Read("""
            <?xml version="1.0" encoding="utf-8"?>
            <opml version="2.0"><head><title>Подписки</title></head><body>
              <outline text="Без папки" type="rss" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
              <outline text="Новости" title="Новости">
                <outline text="Лента" type="rss" xmlUrl="https://lenta.example/rss"/>
                <outline text="Регионы">
                  <outline title="Фонтанка" text="fontanka" xmlUrl="https://fontanka.example/rss.xml"/>
                </outline>
              </outline>
            </body></opml>
            """);

        Assert.Equal(
            [
                new OpmlOutline("Без папки", "https://a.example/rss", "https://a.example/", null),
                new OpmlOutline("Лента", "https://lenta.example/rss", null, "Новости"),
                new OpmlOutline("Фонтанка", "https://fontanka.example/rss.xml", null, "Регионы"),
            ],
            outlines);
    }

    [Fact]
    public void Tolerates_what_exports_get_wrong()
    {
        // Lower-case attribute names, HTML entities, a bare ampersand, a duplicate feed, a windows-1251 file.
        var outlines = Read("""
            <?xml version="1.0" encoding="windows-1251"?>
            <opml version="1.0"><body>
              <outline text="Спорт &amp; отдых" >
                <outline text="&laquo;Спорт-Экспресс&raquo;" xmlurl="https://se.example/rss?a=1&b=2" htmlurl="https://se.example"/>
                <outline text="Дубль" xmlUrl="https://se.example/rss?a=1&amp;b=2"/>
              </outline>
            </body></opml>
            """, CodePages(1251));

        var outline = Assert.Single(outlines);
        Assert.Equal(new OpmlOutline("«Спорт-Экспресс»", "https://se.example/rss?a=1&b=2", "https://se.example", "Спорт & отдых"), outline);
    }

    [Fact]
    public void Category_attribute_is_used_outside_folders()
    {
        var outline = Assert.Single(Read("""<opml version="2.0"><body><outline text="Ф" xmlUrl="https://f.example/rss" category="/Новости/Россия"/></body></opml>"""));

        Assert.Equal("Россия", outline.Category);
    }

    [Theory]
    [InlineData("", "not an OPML file: the file is empty")]
    [InlineData("<html><body>Not found</body></html>", "not an OPML file: the root element is <html>, not opml")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body><outline text=\"&x;\" xmlUrl=\"https://x.example\"/></body></opml>",
        "refused: the file declares the XML entity 'x' in a DTD, and entities are never expanded")]
    public void Garbage_is_refused_with_a_one_line_message(string opml, string message)
    {
        var error = Assert.Throws<OpmlException>(() => Read(opml));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Broken_xml_before_any_outline_names_the_position()
    {
        var error = Assert.Throws<OpmlException>(() => Read("<opml><body><outline text=\"a\" xmlUrl=\"https://a.example\""));

        Assert.StartsWith("malformed OPML at line 1, column ", error.Message);
    }

    [Fact]
    public void Writer_groups_by_category_and_reads_back_the_same()
    {
        OpmlOutline[] outlines =
        [
            new("Лента", "https://lenta.example/rss", "https://lenta.example/", "Новости"),
            new(null, "https://plain.example/feed", null, null),
            new("Фонтанка", "https://fontanka.example/rss.xml", null, "Регионы"),
            new("РИА", "https://ria.example/export/rss2/index.xml", null, "Новости"),
        ];
        var text = new StringWriter();

        OpmlWriter.Write(text, "Svodka <подписки>", outlines);

        var written = text.ToString();
        Assert.Contains("<opml version=\"2.0\">", written);
        Assert.Contains("<title>Svodka &lt;подписки&gt;</title>", written);
        Assert.Equal(
            [outlines[1] with { Title = "https://plain.example/feed" }, outlines[0], outlines[3], outlines[2]],
            Read(written));
    }

    [Fact]
    public void Writer_drops_characters_xml_cannot_carry()
    {
        var text = new StringWriter();

        OpmlWriter.Write(text, "t", [new OpmlOutline("Лента\u0001", "https://lenta.example/rss", null, null)]);

        Assert.Equal("Лента", Assert.Single(Read(text.ToString())).Title);
    }

    private static Encoding CodePages(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
