using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds;

/// <summary>RSS 1.0, Atom and JSON Feed, each mapped to the one model.</summary>
public sealed class FeedFormatTests
{
    [Fact]
    public void Rdf_items_read_dublin_core_and_content_encoded()
    {
        var feed = FeedFixtures.Parse("rdf-dc.xml");
        var item = Assert.Single(feed.Items);

        Assert.Equal(FeedFormat.Rdf, feed.Format);
        Assert.Equal("ru", feed.Language);
        Assert.Equal("https://habr.example/post/1/", item.Id);
        Assert.Equal("Алексей Иванов", item.Author);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 11, 5, 0, TimeSpan.Zero), item.Published);
        Assert.Equal(["Программирование", ".NET"], item.Categories);
        Assert.Equal("<p>Рассказываем про <b>потоковый</b> разбор XML.</p>", item.ContentHtml);
    }

    [Fact]
    public void Atom_links_resolve_against_nested_xml_base()
    {
        var feed = FeedFixtures.Parse("atom-xml-base.xml", feedUrl: "https://blog.example/feeds/atom");

        Assert.Equal("https://blog.example/ru/", feed.Link);
        Assert.Equal("https://blog.example/ru/posts/release-2", feed.Items[0].Link);
        Assert.Equal("https://blog.example/media/release-2.mp3", feed.Items[0].Enclosures[0].Url);
        Assert.Equal("https://other.example/archive/2025/index.html", feed.Items[1].Link);
    }

    [Fact]
    public void Atom_text_constructs_become_plain_titles_and_html_bodies()
    {
        var feed = FeedFixtures.Parse("atom-xml-base.xml");
        var entry = feed.Items[0];

        Assert.Equal("Блог разработчиков", feed.Title);
        Assert.Equal("<p>Что нового в <i>2.0</i></p>", entry.Summary);
        // Relative links in the markup resolve against the xml:base in force, which only the parser knows.
        Assert.Equal("<p>Полный текст с <a href=\"https://blog.example/ru/notes\">примечаниями</a>.</p>", entry.ContentHtml);
    }

    [Fact]
    public void Atom_entry_dates_authors_and_media_group_image()
    {
        var feed = FeedFixtures.Parse("atom-xml-base.xml");
        var (release, archive) = (feed.Items[0], feed.Items[1]);

        Assert.Equal("ru", feed.Language);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 5, 0, TimeSpan.Zero), release.Published);
        Assert.Equal("Редакция", release.Author); // inherited from the feed (RFC 4287 4.2.1)
        Assert.Equal("https://blog.example/ru/img/cover-small.jpg", release.ImageUrl);
        Assert.Equal(new DateTimeOffset(2025, 1, 10, 8, 0, 0, TimeSpan.Zero), archive.Published); // 0.3's issued
        Assert.Equal(new DateTimeOffset(2025, 1, 11, 8, 0, 0, TimeSpan.Zero), archive.Updated);
        Assert.Equal("Мария", archive.Author);
    }

    [Fact]
    public void Json_feed_11_maps_every_field()
    {
        var feed = FeedFixtures.Parse("jsonfeed-11.json");
        var item = feed.Items[0];

        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal("Медуза — новости", feed.Title);
        Assert.Equal("https://meduza.example/news/2026/11/24/1", item.Link); // relative url against feed_url
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 11, 5, 0, TimeSpan.Zero), item.Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), item.Updated);
        Assert.Equal("Редакция", item.Author);
        Assert.Equal(["Политика", "Бюджет"], item.Categories);
        Assert.Equal("https://meduza.example/img/duma.jpg", item.ImageUrl);
        Assert.Equal(new FeedEnclosure("https://meduza.example/audio/1.mp3", "audio/mpeg", 2048), Assert.Single(item.Enclosures));
    }

    [Fact]
    public void Json_feed_numeric_id_and_content_text_are_tolerated()
    {
        var item = FeedFixtures.Parse("jsonfeed-11.json").Items[1];

        Assert.Equal("42", item.Id);
        Assert.Equal("Анна", item.Author);
        Assert.Equal("<p>Первый абзац.</p><p>Второй абзац &amp; &lt;скобки&gt;.</p>", item.ContentHtml);
    }

    [Fact]
    public void Media_thumbnail_inside_media_group_is_the_lead_image()
    {
        var body = """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item>
              <title>Видео</title>
              <media:group>
                <media:content url="https://example.ru/v.mp4" type="video/mp4"/>
                <media:thumbnail url="https://example.ru/poster.jpg"/>
              </media:group>
            </item></channel></rss>
            """u8.ToArray();

        Assert.Equal("https://example.ru/poster.jpg", FeedParser.Parse(body).Items[0].ImageUrl);
    }

    [Fact]
    public void Missing_id_is_null_so_callers_fall_back_to_the_link()
    {
        var body = "<rss version=\"2.0\"><channel><item><title>t</title><link>https://example.ru/x</link></item></channel></rss>"u8.ToArray();

        var item = Assert.Single(FeedParser.Parse(body).Items);

        Assert.Null(item.Id);
        Assert.Equal("https://example.ru/x", item.Link);
    }

    [Fact]
    public void Turbo_and_rambler_full_text_become_the_content()
    {
        var body = """
            <rss version="2.0" xmlns:turbo="http://turbo.yandex.ru" xmlns:rambler="http://news.rambler.ru"><channel>
              <item turbo="true"><title>Турбо</title><turbo:content><![CDATA[<header><h1>Турбо</h1></header><p>Текст статьи.</p>]]></turbo:content></item>
              <item><title>Рамблер</title><rambler:fulltext>Полный текст.</rambler:fulltext></item>
            </channel></rss>
            """u8.ToArray();

        var items = FeedParser.Parse(body).Items;

        Assert.Equal("<header><h1>Турбо</h1></header><p>Текст статьи.</p>", items[0].ContentHtml);
        Assert.Equal("<p>Полный текст.</p>", items[1].ContentHtml);
    }

    [Fact]
    public void Relative_item_links_fall_back_to_the_site_address_without_a_feed_url()
    {
        var item = Assert.Single(FeedFixtures.Parse("relative-links.xml").Items);
        var body = "<rss version=\"2.0\"><channel><link>https://site.example.ru/</link><item><title>t</title><link>/news/1.html</link></item></channel></rss>"u8.ToArray();

        Assert.Equal("https://site.example.ru/news/1.html", Assert.Single(FeedParser.Parse(body).Items).Link);
        Assert.Equal("/news/2026/relative.html", item.Link); // the fixture's channel link is relative too: nothing to resolve against
    }

    [Fact]
    public void Atom_entry_without_a_link_is_linked_by_a_web_address_id()
    {
        var body = """<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>https://blog.example.ru/p/1</id><title>t</title></entry></feed>"""u8.ToArray();

        Assert.Equal("https://blog.example.ru/p/1", Assert.Single(FeedParser.Parse(body).Items).Link);
    }
}
