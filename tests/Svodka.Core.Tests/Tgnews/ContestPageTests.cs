using Svodka.Core.Tgnews;
using Svodka.Testing;

namespace Svodka.Core.Tests.Tgnews;

public class ContestPageTests
{
    [Fact]
    public void A_short_text_is_read_after_the_description_once_and_a_long_one_alone()
    {
        static ContestPage Page(string description, string text) =>
            new("1", "https://news.example/1", "News", DateTimeOffset.UnixEpoch, "Заголовок", description, text);
        const string description = "В Омске автобус столкнулся с грузовиком, пострадали семь человек.";

        Assert.Equal(description + "\n\nПодробности уточняются.", Page(description, "Подробности уточняются.").Body);
        Assert.Equal(description, Page(description, "").Body);
        // An outlet whose text repeats the description does not get it twice.
        Assert.Equal(description + " Подробности уточняются.", Page(description, description + " Подробности уточняются.").Body);
        var longText = string.Concat(Enumerable.Repeat("Пассажиров доставили в больницу. ", 10));
        Assert.Equal(longText, Page(description, longText).Body);
        Assert.Equal("Подробности уточняются.", Page("", "Подробности уточняются.").Body);
    }

    [Fact]
    public void The_contest_example_reads_with_its_meta_tags_and_every_paragraph()
    {
        var folder = TestData.RequireShared("tgcontest-toloka");
        var page = ContestPage.Parse(File.ReadAllText(Path.Combine(folder, "example1.html")), Path.Combine(folder, "example1.html"));

        Assert.Equal("example1", page.Name);
        Assert.Equal("https://www.interfax.ru/world/682606", page.Url);
        Assert.Equal("Interfax.ru", page.SiteName);
        Assert.Equal(new DateTimeOffset(2019, 11, 1, 0, 32, 0, TimeSpan.Zero), page.Published);
        Assert.Equal("Израиль приостановил процедуру экстрадиции гражданина РФ в США", page.Title);
        Assert.StartsWith("Верховный суд США вынес временный запрет", page.Description);
        // The first paragraphs nest unclosed <p>s; each still comes out on its own.
        var paragraphs = page.Text.Split("\n\n");
        Assert.StartsWith("Москва. 1 ноября. INTERFAX.RU", paragraphs[0]);
        Assert.StartsWith("В среду она информировала", paragraphs[1]);
        Assert.StartsWith("\"Решение принято после серьезных дискуссий", paragraphs[2]);
        Assert.StartsWith("Ранее газета Haaretz", paragraphs[^1]);
        Assert.DoesNotContain("Есть обновление", page.Text); // <aside>
        Assert.DoesNotContain("01 Nov 2019", page.Text);     // <address><time>
    }

    [Fact]
    public void Attributes_in_any_order_and_quoting_and_entities_are_read()
    {
        const string html = """
            <html><head>
            <meta content='Рубль &amp; доллар' property='og:title'>
            <meta property="article:published_time" content="2019-11-08T18:05:00+03:00"/>
            <meta property="og:url" content="https://example.ru/a"/>
            </head><body><article><h1>Рубль &amp; доллар</h1><p>Курс <b>доллара</b> вырос&nbsp;на 1%.<br>Второе предложение.</p>
            <figure><figcaption>Подпись к фото</figcaption></figure><p>Второй абзац.</article></body></html>
            """;
        var page = ContestPage.Parse(html, "data/20191108/18/123.html");

        Assert.Equal("123", page.Name);
        Assert.Equal("Рубль & доллар", page.Title);
        Assert.Equal("example.ru", page.SiteName);
        Assert.Equal(new DateTimeOffset(2019, 11, 8, 15, 5, 0, TimeSpan.Zero), page.Published);
        Assert.Equal("Курс доллара вырос на 1%. Второе предложение.\n\nВторой абзац.", page.Text);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("<html><body>not a page</body></html>", "no og:title")]
    [InlineData("<html><head><meta property=\"og:title\" content=\"Заголовок\"/></head><body><article><p>Текст</p></article></body></html>", "publication time")]
    [InlineData("<html><head><meta property=\"og:title\" content=\"Заголовок\"/><meta property=\"article:published_time\" content=\"вчера\"/></head></html>", "вчера")]
    public void A_malformed_file_is_refused_with_a_message_naming_it(string html, string reason)
    {
        var e = Assert.Throws<FormatException>(() => ContestPage.Parse(html, "dir/bad.html"));
        Assert.Contains("dir/bad.html", e.Message);
        Assert.Contains(reason, e.Message);
    }
}
