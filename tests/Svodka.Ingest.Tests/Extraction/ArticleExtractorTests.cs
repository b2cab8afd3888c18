using AngleSharp.Html.Parser;
using Svodka.Ingest.Extraction;
using Svodka.Testing;

namespace Svodka.Ingest.Tests.Extraction;

public class ArticleExtractorTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static ExtractedArticle ExtractFixture(string file, string url) =>
        Extractor.Extract(PageDecoding.Decode(File.ReadAllBytes(TestData.File("extraction", file)), null), new Uri(url));

    private static ExtractedArticle RussianNews() =>
        ExtractFixture("ru-news-jsonld.html", "https://news.example.ru/economy/20261124/ports.html?utm_source=feed");

    [Fact]
    public void Russian_news_page_keeps_the_whole_article_text_with_lists_quotes_and_subheadings()
    {
        var text = RussianNews().Text;
        Assert.StartsWith("Кабмин выделит 120 млрд рублей", text);
        Assert.EndsWith("риски удорожания строительства.", text);
        Assert.Contains("Что изменится для экспортеров\n\nЭкспортеры получат", text);
        Assert.Contains("упростить таможенное оформление грузов в портах\nввести единое окно", text);
        Assert.Contains("\n\nЭто крупнейшая программа развития портовой инфраструктуры за последние двадцать лет.\n\n", text);
    }

    [Theory]
    [InlineData("Читайте также")]
    [InlineData("РЖД повысят тарифы")]
    [InlineData("Центробанк сохранил ключевую ставку")]
    [InlineData("Подписывайтесь")]
    [InlineData("Поделиться")]
    [InlineData("ВКонтакте")]
    [InlineData("Комментарии")]
    [InlineData("очереди на погрузку")]
    [InlineData("файлы cookie")]
    [InlineData("Все права защищены")]
    [InlineData("Фото: пресс-служба")]
    [InlineData("Популярное")]
    [InlineData("Главная")]
    [InlineData("транспорт")]
    [InlineData("12 345")]
    [InlineData("Правительство утвердило программу")]
    public void Russian_news_page_leaves_site_furniture_out(string furniture)
    {
        Assert.DoesNotContain(furniture, RussianNews().Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Russian_news_page_metadata_comes_from_its_tags_in_utc()
    {
        var a = RussianNews();
        Assert.Equal("Правительство утвердило программу модернизации портов", a.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 11, 5, 0, TimeSpan.Zero), a.Published);
        Assert.Equal(TimeSpan.Zero, a.Published!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 13, 30, 0, TimeSpan.Zero), a.Modified);
        Assert.Equal("Ирина Соколова", a.Author);
        Assert.Equal("Новости Примера", a.SiteName);
        Assert.Equal("https://news.example.ru/economy/20261124/ports.html", a.CanonicalUrl);
        Assert.Equal("https://news.example.ru/img/2026/11/ports-lead.jpg", a.LeadImage);
        Assert.Equal("ru", a.Language);
        Assert.StartsWith("Кабмин выделит", a.Description);
        Assert.Equal("https://news.example.ru/economy/20261124/ports.html?utm_source=feed", a.Url);
    }

    [Fact]
    public void Russian_news_page_html_is_sanitised_structure_with_absolute_urls()
    {
        var html = RussianNews().Html;
        var body = new HtmlParser().ParseDocument("<body>" + html).Body!;
        Assert.Equal(3, body.QuerySelectorAll("ul > li").Length);
        Assert.NotNull(body.QuerySelector("h2"));
        Assert.NotNull(body.QuerySelector("blockquote"));
        Assert.Equal("https://news.example.ru/img/2026/11/ports-lead.jpg", body.QuerySelector("img")!.GetAttribute("src"));
        Assert.Empty(body.QuerySelectorAll("script, style, form, input, button, iframe, nav, h1"));
        Assert.All(body.QuerySelectorAll("*"), e => Assert.DoesNotContain(e.Attributes, attr => attr.Name is "class" or "style" or "id"));
        Assert.DoesNotContain("mc.yandex.ru", html);
    }

    [Fact]
    public void English_news_page_finds_text_byline_and_lazy_image()
    {
        var a = ExtractFixture("en-news-article.html", "https://www.example.co.uk/news/uk-wales-storm-bert");
        Assert.Equal("Storm Bert brings floods to Wales", a.Title);
        Assert.Equal("The Example Times", a.SiteName);
        Assert.Equal("Jane Doe", a.Author);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("en-gb", a.Language);
        Assert.StartsWith("Rivers burst their banks across south Wales", a.Text);
        Assert.EndsWith("more rain is forecast later in the week.", a.Text);
        Assert.Contains("Trains cancelled\n\nTransport for Wales", a.Text);
        Assert.Contains("Cardiff to Merthyr Tydfil\nPontypridd to Treherbert", a.Text);
        foreach (var furniture in new[] { "Share on", "Advertisement", "Related topics", "How to prepare your home", "Sign up", "More on this story", "Copyright", "Getty Images", "Wales correspondent" })
            Assert.DoesNotContain(furniture, a.Text);
        Assert.Contains("src=\"https://www.example.co.uk/images/flood-pontypridd.jpg\"", a.Html);
    }

    [Fact]
    public void Glued_paragraphs_of_a_portal_page_come_out_separated()
    {
        var a = ExtractFixture("ru-portal-glued.html", "https://portal.example/news/123");
        Assert.Equal("Лукашенко предложил «подтолкнуть и ускорить» один процесс", a.Title);
        Assert.StartsWith("Александр Лукашенко в Минске встретился", a.Text);
        Assert.Contains("Ерланом Кошановым.\n\nКлючевой темой", a.Text);
        Assert.Contains("«Белновости».\n\nКак передает", a.Text);
        Assert.Contains("форума.\n\nИдея, находящаяся", a.Text);
        Assert.Contains("Российской Федерацией.\nТакой формат", a.Text);
        foreach (var furniture in new[] { "Добавить новость", "Другие новости", "Все новости часа", "Регионы", "Губернаторы России", "Музыкальные новости" })
            Assert.DoesNotContain(furniture, a.Text);
        // Moscow time when the page writes none: 10:15 MSK.
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 7, 15, 0, TimeSpan.Zero), a.Published);
    }

    [Fact]
    public void Windows_1251_page_without_a_declared_charset_reads_as_russian()
    {
        var a = ExtractFixture("cp1251-no-charset.html", "https://vesti.example/news/frost");
        Assert.Equal("Морозы до минус тридцати ожидаются в Сибири", a.Title);
        Assert.StartsWith("Синоптики предупредили жителей Сибири", a.Text);
        Assert.Contains("школьникам младших классов", a.Text);
        Assert.DoesNotContain("Все права защищены", a.Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 5, 40, 0, TimeSpan.Zero), a.Published);
    }

    [Fact]
    public void A_page_rendered_by_script_falls_back_to_json_ld_article_body()
    {
        var body = string.Join("\\n", Enumerable.Range(1, 6).Select(i => $"Абзац номер {i} рассказывает о событиях дня подробно и обстоятельно, с цитатами и цифрами."));
        var html = $$"""
            <html><head><title>Статья</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Сайт"},
            {"@type":"NewsArticle","headline":"Статья","articleBody":"{{body}}","datePublished":"2026-11-20T08:00:00"}]}</script>
            </head><body><div id="app">Загрузка…</div></body></html>
            """;
        var a = Extractor.Extract(html, new Uri("https://spa.example.ru/a/1"));
        Assert.StartsWith("Абзац номер 1", a.Text);
        Assert.Contains("Абзац номер 6", a.Text);
        Assert.Contains("<p>Абзац номер 1", a.Html);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 5, 0, 0, TimeSpan.Zero), a.Published);
    }

    [Fact]
    public void Site_time_zone_option_overrides_the_default()
    {
        var html = "<html lang=\"ru\"><head><meta property=\"article:published_time\" content=\"2026-11-24T14:05:00\"></head><body><article><p>"
                   + string.Concat(Enumerable.Repeat("Текст новости о важном событии в регионе. ", 20)) + "</p></article></body></html>";
        var moscow = Extractor.Extract(html, new Uri("https://a.example/1"));
        var vladivostok = Extractor.Extract(html, new Uri("https://a.example/1"),
            new ExtractionOptions { SiteTimeZone = TimeZoneInfo.CreateCustomTimeZone("VLAT", TimeSpan.FromHours(10), "VLAT", "VLAT") });
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 11, 5, 0, TimeSpan.Zero), moscow.Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 4, 5, 0, TimeSpan.Zero), vladivostok.Published);
    }

    [Fact]
    public void Last_sentences_about_comments_stay_and_closing_furniture_goes()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Абзац {i}: певица опубликовала новый снимок из фотосессии для известного журнала.</p>"));
        var html = "<html><body><article>" + paragraphs +
                   "<p>«Что греховнее?», — подписала фото артистка.</p>" +
                   "<p>Поклонников певицы захватил ее снимок, о чем они сообщили в комментариях.</p>" +
                   "<p>A spokesperson did not respond to a request for comment.</p>" +
                   "<p>Подписывайтесь на наш канал в Telegram</p><p>Comments are closed.</p><h3>Похожие материалы</h3>" +
                   "</article></body></html>";
        var text = Extractor.Extract(html, new Uri("https://a.example/2")).Text;
        Assert.EndsWith("сообщили в комментариях.\n\nA spokesperson did not respond to a request for comment.", text);
        Assert.Contains("подписала фото артистка.", text);
    }

    [Fact]
    public void A_self_closed_iframe_does_not_swallow_the_article()
    {
        const string html = """
            <html><head><meta property="og:title" content="Греция: мигранты боятся высылки"/></head><body><article>
            <h1>Греция: мигранты боятся высылки</h1>
            <figure><iframe src="https://www.youtube.com/embed/PltBxEZ_KMQ" width="640" height="360"/></figure>
            <p>Около 150 мигрантов устроили акцию перед зданием греческого парламента в знак протеста против законопроекта.</p>
            <p>По нему получение статуса беженца становится крайне затруднительным, и мигранты опасаются высылки.</p>
            </article></body></html>
            """;
        var a = Extractor.Extract(html, new Uri("https://ru.euronews.example/2019/11/01/greece"));
        Assert.StartsWith("Около 150 мигрантов", a.Text);
        Assert.EndsWith("опасаются высылки.", a.Text);
        Assert.Contains("href=\"https://www.youtube.com/watch?v=PltBxEZ_KMQ\"", a.Html);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><head><title>Пусто</title></head><body><nav><a href='/'>Главная</a></nav></body></html>")]
    [InlineData("<html><body><script>var a = 1;</script></body></html>")]
    public void A_page_without_text_is_a_clear_extraction_error(string html)
    {
        var e = Assert.Throws<ExtractionException>(() => Extractor.Extract(html, new Uri("https://a.example/empty")));
        Assert.DoesNotContain('\n', e.Message);
        Assert.NotEmpty(e.Message);
    }
}
