using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds;

/// <summary>What real feeds get wrong in their XML, and what the parser makes of it.</summary>
public sealed class TolerantXmlTests
{
    [Fact]
    public void Control_characters_are_dropped_instead_of_failing_the_feed()
    {
        var feed = FeedFixtures.Parse("control-chars.xml");

        Assert.Equal("Канал", feed.Title);
        Assert.Equal("Новость с управляющими символами", feed.Items[0].Title);
        Assert.Equal("Текст", feed.Items[0].Summary);
    }

    [Fact]
    public void Bom_whitespace_and_a_php_warning_before_the_prolog_are_skipped()
    {
        var item = Assert.Single(FeedFixtures.Parse("junk-before-prolog.xml").Items);

        Assert.Equal("После мусора", item.Title);
    }

    [Fact]
    public void Undeclared_namespace_prefixes_are_read_by_their_usual_meaning()
    {
        var item = Assert.Single(FeedFixtures.Parse("undeclared-prefix.xml").Items);

        Assert.Equal("Пространства имён забыты", item.Title);
        Assert.Equal("Пётр Сидоров", item.Author);
        Assert.Equal("https://example.ru/thumb.jpg", item.ImageUrl);
    }

    [Fact]
    public void Bare_ampersands_are_text_and_real_entities_still_decode()
    {
        var feed = FeedFixtures.Parse("bare-ampersand.xml");

        Assert.Equal("Procter & Gamble & Co", feed.Title);
        Assert.Equal("Рост & падение", feed.Items[0].Title);
        Assert.Equal("https://example.ru/search?q=1&page=2", feed.Items[0].Link);
    }

    [Fact]
    public void Truncated_feed_keeps_the_items_completed_before_the_break()
    {
        // Decision: a download cut short still carries real news; the items whose end tag arrived are kept,
        // the one that broke off is dropped.
        var feed = FeedFixtures.Parse("truncated.xml");

        Assert.Equal(["Первая", "Вторая"], feed.Items.Select(i => i.Title));
    }

    [Fact]
    public void Truncated_before_any_item_is_a_one_line_malformed_xml_error()
    {
        var body = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>Обрыв</ti"u8.ToArray();

        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(body));

        Assert.StartsWith("malformed XML at line 4, column ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Rss091_with_the_netscape_doctype_parses_and_fetches_nothing()
    {
        var feed = FeedFixtures.Parse("rss091-netscape-doctype.xml");

        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal("Café opens", feed.Items[0].Title);
        Assert.Equal("A café & bar.", feed.Items[0].Summary);
    }

    [Fact]
    public void Relative_links_resolve_against_the_feed_url()
    {
        var feed = FeedFixtures.Parse("relative-links.xml", feedUrl: "https://news.example.ru/export/rss.xml");

        Assert.Equal("https://news.example.ru/", feed.Link);
        Assert.Equal("https://news.example.ru/news/2026/relative.html", feed.Items[0].Link);
        Assert.Equal("https://cdn.example.ru/pic.jpg", feed.Items[0].Enclosures[0].Url);
    }

    [Fact]
    public void Naked_html_in_a_description_is_kept_as_html_and_stripped_from_the_title()
    {
        var body = """
            <rss version="2.0"><channel><item>
              <title>Важно: <b>срочно</b></title>
              <description><p>Текст <a href="https://example.ru/">ссылка</a><br/></p></description>
            </item></channel></rss>
            """u8.ToArray();

        var item = Assert.Single(FeedParser.Parse(body).Items);

        Assert.Equal("Важно: срочно", item.Title);
        Assert.Equal("<p>Текст <a href=\"https://example.ru/\">ссылка</a><br></p>", item.Summary);
    }

    [Fact]
    public void A_misspelt_end_tag_is_dropped_and_the_element_closes_with_its_parent()
    {
        var body = "<rss version=\"2.0\"><channel><language>ru</langauge><item><title>Опечатка</title></item></channel></rss>"u8.ToArray();

        var feed = FeedParser.Parse(body);

        Assert.Equal("ru", feed.Language);
        Assert.Equal("Опечатка", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Unclosed_html_in_naked_markup_is_closed_where_its_parent_ends()
    {
        var body = "<rss version=\"2.0\"><channel><item><title>t</title><description><p>Строка<br>вторая<img src=\"a.jpg\"></description></item></channel></rss>"u8.ToArray();

        var item = Assert.Single(FeedParser.Parse(body).Items);

        Assert.Equal("<p>Строка<br>вторая<img src=\"a.jpg\"></p>", item.Summary);
    }

    [Fact]
    public void Control_characters_inside_cdata_are_dropped_too()
    {
        var body = System.Text.Encoding.UTF8.GetBytes(
            "<rss version=\"2.0\"><channel><item><title>t</title><description><![CDATA[<p>Текст\u000b из\u0002 Word</p>]]></description></item></channel></rss>");

        Assert.Equal("<p>Текст из Word</p>", Assert.Single(FeedParser.Parse(body).Items).Summary);
    }
}
