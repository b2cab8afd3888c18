using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds;

/// <summary>The shapes Russian outlets' feeds come in.</summary>
public sealed class RussianFeedTests
{
    [Fact]
    public void Windows1251_feed_without_any_charset_reads_as_Cyrillic()
    {
        var feed = FeedFixtures.Parse("lenta-cp1251-no-charset.xml");

        Assert.Equal("Лента.ру : Новости", feed.Title);
        Assert.Equal("В Москве выпал первый снег", feed.Items[0].Title);
        Assert.Equal("Ирина Соколова", feed.Items[0].Author);
    }

    [Fact]
    public void Yandex_full_text_becomes_the_content_as_paragraphs()
    {
        var item = FeedFixtures.Parse("lenta-cp1251-no-charset.xml").Items[0];

        Assert.Equal(
            "<p>Первый снег выпал в Москве в ночь на вторник, сообщили в Гидрометцентре.</p>" +
            "<p>Синоптики предупредили водителей о гололедице и попросили не выезжать на летней резине.</p>",
            item.ContentHtml);
        Assert.Equal("Синоптики предупредили о гололедице на дорогах столицы.", item.Summary);
    }

    [Fact]
    public void Lenta_like_item_keeps_guid_date_category_and_image_enclosure()
    {
        var item = FeedFixtures.Parse("lenta-cp1251-no-charset.xml").Items[0];

        Assert.Equal("https://lenta.example/news/2026/11/24/moscow-snow/", item.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 11, 5, 0, TimeSpan.Zero), item.Published);
        Assert.Equal(["Россия"], item.Categories);
        var enclosure = Assert.Single(item.Enclosures);
        Assert.Equal(new FeedEnclosure("https://icdn.lenta.example/images/2026/11/24/snow.jpg", "image/jpeg", 48213), enclosure);
        Assert.Equal(enclosure.Url, item.ImageUrl);
    }

    [Fact]
    public void Koi8r_declared_in_the_prolog_is_decoded()
    {
        var feed = FeedFixtures.Parse("koi8r-prolog.xml");

        Assert.Equal("Новости регионов", feed.Title);
        Assert.Equal("В Новосибирске открыли новый мост через Обь", feed.Items[0].Title);
    }

    [Fact]
    public void Koi8r_without_any_declaration_is_told_apart_from_windows1251()
    {
        var feed = FeedFixtures.Parse("koi8r-no-charset.xml");

        Assert.Equal("Движение по мосту запустили в субботу утром.", feed.Items[0].Summary);
    }

    [Fact]
    public void Russian_month_names_in_pubDate_are_parsed()
    {
        var items = FeedFixtures.Parse("russian-dates.xml").Items;

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 14, 5, 0, TimeSpan.Zero), items[0].Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 11, 5, 0, TimeSpan.Zero), items[1].Published);
    }

    [Fact]
    public void Html_entities_XML_does_not_know_are_decoded_in_titles()
    {
        var feed = FeedFixtures.Parse("html-entities.xml");

        // A title is plain text with whitespace collapsed, so the no-break space is an ordinary one there.
        Assert.Equal("РИА Новости", feed.Title);
        Assert.Equal("«Спартак» обыграл «Зенит» — 2:1", feed.Items[0].Title);
        Assert.Equal("Матч завершился\u00a0… © РИА", feed.Items[0].Summary);
    }
}
