using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Core.Model;
using Svodka.Storage.Articles;
using Svodka.Web.Freshness;

namespace Svodka.Tests.Web;

/// <summary>Every page of the portal, asserted on what a reader sees; the same tests on SQLite and PostgreSQL.</summary>
public abstract class PortalPageTests(PortalFixture fixture)
{
    private PortalHost Host => fixture.Host;
    private PortalCorpus Corpus => Host.Corpus;
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    private Task<FetchedPage> Get(string path, string host = "svodka.local") => FetchedPage.GetAsync(Host.Client(host), path);

    [Fact]
    public async Task Home_lists_the_top_stories_with_their_source_counts_and_the_latest_articles()
    {
        var page = await Get("/");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var top = page.Section("top");
        Assert.Contains(PortalCorpus.MoscowTitle, top);
        Assert.Contains(PortalCorpus.CrimeaTitle, top);
        Assert.Contains("3 источника", top);
        Assert.Contains("2 источника", top);
        Assert.Matches(@"\d+ (минуту|минуты|минут|час|часа|часов) назад", top);
        // The three-outlet Moscow story outranks the two-outlet stories.
        Assert.True(top.IndexOf(PortalCorpus.MoscowTitle, StringComparison.Ordinal) < top.IndexOf(PortalCorpus.CrimeaTitle, StringComparison.Ordinal));
        var latest = page.Section("latest");
        Assert.Contains("В Кузьминках после ремонта открылся парк", latest);
        Assert.Contains("Столичный вестник", latest);
        Assert.DoesNotContain(PortalCorpus.EnglishTitle, page.Text);
        Assert.Contains("Музыкальные новости", page.Text);
        Assert.Contains("href=\"/region/moskva\"", page.Html);
        Assert.Contains("href=\"/rubric/sports\"", page.Html);
    }

    [Fact]
    public async Task Every_page_has_a_title_description_canonical_url_open_graph_and_breadcrumbs()
    {
        foreach (var path in new[] { "/", $"/story/{PortalCorpus.MoscowStory}", $"/article/{Corpus.Articles["moscow-1"]}", "/regions", "/rubric/society" })
        {
            var page = await Get(path);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Matches("<title>[^<]+</title>", page.Html);
            Assert.Contains("<meta name=\"description\" content=\"", page.Html);
            Assert.Contains($"<link rel=\"canonical\" href=\"http://svodka.local{path}\"", page.Html);
            Assert.Contains("<meta property=\"og:title\"", page.Html);
            Assert.Contains("<link rel=\"stylesheet\" href=\"/static/site.css?v=", page.Html);
            Assert.Contains("<main id=\"content\">", page.Html);
            Assert.DoesNotContain("<script>", page.Html);
            Assert.DoesNotContain("<script src", page.Html);
            var ld = JsonLd(page.Html);
            Assert.Contains(ld.GetProperty("@graph").EnumerateArray(), n => n.GetProperty("@type").GetString() == "BreadcrumbList");
            Assert.True(page.Html.Length < 100_000, $"{path}: {page.Html.Length} bytes of HTML");
        }
    }

    [Fact]
    public async Task A_story_lists_every_source_with_its_time_and_original_and_the_timeline_in_Russian_dates()
    {
        var page = await Get($"/story/{PortalCorpus.MoscowStory}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"<h1>{PortalCorpus.MoscowTitle}</h1>", WebUtility.HtmlDecode(page.Html));
        var sources = page.Section("sources");
        foreach (var outlet in new[] { "Столичный вестник", "Лента дня", "Федеральный обозреватель" }) Assert.Contains(outlet, sources);
        foreach (var key in new[] { "moscow-1", "moscow-2", "moscow-3" }) Assert.Contains($"href=\"{PortalCorpus.OriginalUrl(key)}\"", page.Html);
        var first = TimeZoneInfo.ConvertTime(Corpus.Now.AddHours(-2.5), Moscow);
        Assert.Contains(Svodka.Core.Text.NewsDates.DayMonthTime(first.DateTime, "ru"), sources);
        Assert.Matches(@"\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря), \d\d:\d\d", page.Section("timeline"));
        Assert.Contains("3 источника", page.Text);
        Assert.Contains("href=\"/region/moskva\"", page.Html);
        Assert.Contains("href=\"/person/sergey-sobyanin\"", page.Html);
        Assert.Contains("Другие новости", page.Text);
        Assert.Contains(JsonLd(page.Html).GetProperty("@graph").EnumerateArray(), n => n.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Contains($"href=\"http://svodka.local/story/{PortalCorpus.MoscowStory}/rss\"", page.Html);
    }

    [Fact]
    public async Task An_article_shows_its_text_outlet_original_link_tags_and_story()
    {
        var page = await Get($"/article/{Corpus.Articles["crimea-2"]}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("В портах Керчь и Кавказ скопились сотни машин", page.Text);
        Assert.Contains("Крымский мост работает в обычном режиме", page.Text);
        Assert.Contains("Лента дня", page.Text);
        Assert.Contains($"href=\"{PortalCorpus.OriginalUrl("crimea-2")}\"", page.Html);
        Assert.Contains($"href=\"/story/{PortalCorpus.CrimeaStory}\"", page.Html);
        Assert.Contains("href=\"/region/respublika-krym\"", page.Html);
        Assert.Contains("Другие новости", page.Text);
    }

    [Fact]
    public async Task The_Moscow_site_shows_Moscow_news_and_not_Crimean()
    {
        var page = await Get("/", "moskva.svodka.local");
        Assert.Contains("Сводка. Москва", page.Text);
        Assert.Contains(PortalCorpus.MoscowTitle, page.Text);
        Assert.Contains("В Кузьминках после ремонта открылся парк", page.Text);
        Assert.DoesNotContain(PortalCorpus.CrimeaTitle, page.Text);
        Assert.DoesNotContain("Керч", page.Text);
        // The footer links the network's other sites.
        Assert.Contains("href=\"http://krym.svodka.local/\"", page.Html);
        Assert.Contains("href=\"http://en.svodka.local/\"", page.Html);

        var crimea = await Get("/", "krym.svodka.local");
        Assert.Contains(PortalCorpus.CrimeaTitle, crimea.Text);
        Assert.DoesNotContain(PortalCorpus.MoscowTitle, crimea.Text);
    }

    [Fact]
    public async Task The_English_site_speaks_English_and_shows_English_news()
    {
        var page = await Get("/", "en.svodka.local");
        Assert.Contains("<html lang=\"en\"", page.Html);
        Assert.Contains("Top stories", page.Text);
        Assert.Contains(PortalCorpus.EnglishTitle, page.Text);
        Assert.Contains("2 sources", page.Text);
        Assert.DoesNotContain(PortalCorpus.MoscowTitle, page.Text);
    }

    [Fact]
    public async Task On_localhost_the_site_switch_picks_a_site_and_a_cookie_keeps_it()
    {
        var client = Host.Client();
        var switched = await FetchedPage.GetAsync(client, "/?site=krym");
        Assert.Contains(PortalCorpus.CrimeaTitle, switched.Text);
        var cookie = switched.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("svodka-site=krym", StringComparison.Ordinal));
        var next = await FetchedPage.GetAsync(client, "/regions", r => r.Headers.Add("Cookie", cookie.Split(';')[0]));
        Assert.Contains("Сводка. Крым", next.Text);
        // Sibling links stay on this host through the switch.
        Assert.Contains("href=\"/?site=moskva\"", next.Html);
        var plain = await FetchedPage.GetAsync(client, "/");
        Assert.Contains("Главные новости России и мира", plain.Text);
    }

    [Fact]
    public async Task Rubric_and_topic_pages_list_their_stories()
    {
        var music = await Get("/topic/music");
        Assert.Contains("<h1>Музыкальные новости</h1>", music.Html);
        Assert.Contains(PortalCorpus.MusicTitle, music.Text);
        Assert.DoesNotContain(PortalCorpus.MoscowTitle, music.Text);

        var culture = await Get("/rubric/entertainment");
        Assert.Contains("<h1>Культура</h1>", culture.Html);
        Assert.Contains(PortalCorpus.MusicTitle, culture.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/rubric/nonsense")).Status);
    }

    [Fact]
    public async Task Region_country_and_person_pages_list_what_they_name()
    {
        var moscow = await Get("/region/moskva");
        Assert.Contains("Новости: Москва", moscow.Text);
        Assert.Contains(PortalCorpus.MoscowTitle, moscow.Text);
        Assert.Contains("href=\"/person/sergey-sobyanin\"", moscow.Html);
        Assert.DoesNotContain(PortalCorpus.CrimeaTitle, moscow.Text);

        // A region page on another region's site still shows that region.
        var crimeaOnMoscow = await Get("/region/respublika-krym", "moskva.svodka.local");
        Assert.Contains(PortalCorpus.CrimeaTitle, crimeaOnMoscow.Text);

        var belarus = await Get("/country/belarus");
        Assert.Contains(PortalCorpus.BelarusTitle, belarus.Text);
        var lukashenko = await Get("/person/aleksandr-lukashenko");
        Assert.Contains("Александр Лукашенко", lukashenko.Text);
        Assert.Contains(PortalCorpus.BelarusTitle, lukashenko.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/region/atlantida")).Status);
    }

    [Fact]
    public async Task Regions_are_grouped_by_federal_district()
    {
        var page = await Get("/regions");
        Assert.Contains("<h1>Регионы</h1>", page.Html);
        var central = page.Section("d-central");
        Assert.Contains("Центральный федеральный округ", central);
        Assert.Contains("Москва", central);
        Assert.Contains("1 сюжет", central);
        var southern = page.Section("d-southern");
        Assert.Contains("Республика Крым", southern);
        Assert.DoesNotContain("Республика Крым", central);
    }

    [Fact]
    public async Task Governors_lists_every_governor_with_the_latest_story_about_them()
    {
        var page = await Get("/governors");
        Assert.Contains("<h1>Губернаторы России</h1>", page.Html);
        Assert.True(Regex.Matches(page.Html, "class=\"who\"").Count >= 80);
        var sobyanin = page.Html[page.Html.IndexOf("href=\"/person/sergey-sobyanin\"", StringComparison.Ordinal)..];
        Assert.Contains(PortalCorpus.MoscowTitle, WebUtility.HtmlDecode(sobyanin[..sobyanin.IndexOf("</li>", StringComparison.Ordinal)]));
        Assert.Contains("Михаил Развожаев", page.Text);
    }

    [Fact]
    public async Task Today_day_and_hour_pages_read_in_Russian_with_day_navigation()
    {
        var today = await Get("/today");
        Assert.Contains("<h1>Все новости на сегодня</h1>", today.Html);
        Assert.Contains("rel=\"prev\"", today.Html);
        var local = TimeZoneInfo.ConvertTime(Corpus.Now, Moscow);
        var day = await Get($"/day/{local:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, day.Status);
        Assert.Contains($"Все новости за {Svodka.Core.Text.NewsDates.DayMonth(local.DateTime, "ru")}", day.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/day/{local.AddDays(2):yyyy-MM-dd}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/day/2026-13-45")).Status);

        var hour = await Get("/hour");
        Assert.Contains("<h1>Все новости часа</h1>", hour.Html);
        Assert.Contains(PortalCorpus.MoscowTitle, hour.Text);
        Assert.DoesNotContain(PortalCorpus.MusicTitle, hour.Text);
    }

    [Fact]
    public async Task Sources_are_listed_and_each_has_its_page()
    {
        var page = await Get("/sources");
        Assert.Contains("Крымский курьер", page.Text);
        Assert.Contains("href=\"/source/krymskiy-kurer\"", page.Html);
        var krym = await Get("/source/krymskiy-kurer");
        Assert.Contains("<h1>Крымский курьер</h1>", krym.Html);
        Assert.Contains(PortalCorpus.CrimeaTitle, krym.Text);
        Assert.DoesNotContain(PortalCorpus.MoscowTitle, krym.Text);
    }

    [Fact]
    public async Task Search_finds_inflected_forms_and_groups_results_by_story()
    {
        // «губернатора» finds «губернаторы» and «губернаторов».
        var governors = await Get("/search?q=" + Uri.EscapeDataString("губернатора"));
        Assert.Contains(PortalCorpus.BelarusTitle, governors.Text);
        Assert.Single(Regex.Matches(governors.Html, $"href=\"/story/{PortalCorpus.BelarusStory}\""));
        Assert.Contains("Кошанов и Лукашенко обсудили межрегиональный форум", governors.Text);

        // «Кошановым» finds «Кошанов», and «Кошанов» finds «Кошановым».
        var instrumental = await Get("/search?q=" + Uri.EscapeDataString("Кошановым"));
        Assert.Contains("Кошанов и Лукашенко обсудили межрегиональный форум", instrumental.Text);
        var nominative = await Get("/search?q=" + Uri.EscapeDataString("Кошанов"));
        Assert.Contains(PortalCorpus.BelarusTitle, nominative.Text);

        var nothing = await Get("/search?q=" + Uri.EscapeDataString("губернатора метро"));
        Assert.Contains("Ничего не найдено", nothing.Text);
    }

    [Fact]
    public async Task Search_filters_by_rubric_region_source_and_date()
    {
        var all = await Get("/search?q=" + Uri.EscapeDataString("станция метро"));
        Assert.Contains(PortalCorpus.MoscowTitle, all.Text);
        var otherRegion = await Get("/search?q=" + Uri.EscapeDataString("станция метро") + "&region=respublika-krym");
        Assert.DoesNotContain(PortalCorpus.MoscowTitle, otherRegion.Text);
        var region = await Get("/search?q=" + Uri.EscapeDataString("станция метро") + "&region=moskva");
        Assert.Contains(PortalCorpus.MoscowTitle, region.Text);
        var rubric = await Get("/search?q=" + Uri.EscapeDataString("альбом") + "&rubric=sports");
        Assert.DoesNotContain(PortalCorpus.MusicTitle, rubric.Text);
        var source = await Get("/search?q=" + Uri.EscapeDataString("станция") + "&source=stolichnyy-vestnik");
        Assert.Contains(PortalCorpus.MoscowTitle, source.Text);
        Assert.DoesNotContain("сократит дорогу в центр", source.Text);
        var local = TimeZoneInfo.ConvertTime(Corpus.Now, Moscow);
        var past = await Get("/search?q=" + Uri.EscapeDataString("станция") + $"&to={local.AddDays(-3):yyyy-MM-dd}");
        Assert.Contains("Ничего не найдено", past.Text);
    }

    [Fact]
    public async Task Unknown_pages_get_a_404_in_the_sites_style()
    {
        var page = await Get("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Страница не найдена", page.Text);
        Assert.Contains("Сводка", page.Text);
        Assert.Contains("site.css", page.Html);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/story/999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/article/999999")).Status);
        var english = await Get("/missing", "en.svodka.local");
        Assert.Contains("Page not found", english.Text);
    }

    [Fact]
    public async Task Lists_page_and_say_where_the_next_page_is()
    {
        var first = await Get("/rubric/society");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var second = await Get("/rubric/society?page=2");
        Assert.Equal(HttpStatusCode.NotFound, second.Status);
        var home2 = await Get("/?page=2");
        Assert.Equal(HttpStatusCode.OK, home2.Status);
        Assert.Contains("rel=\"prev\" href=\"/\"", home2.Html);
    }

    [Fact]
    public async Task Pages_answer_conditional_requests_and_show_new_articles_within_seconds()
    {
        var client = Host.Client("svodka.local");
        var first = await FetchedPage.GetAsync(client, "/");
        var etag = first.Response.Headers.ETag!;
        var again = await FetchedPage.GetAsync(client, "/", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        var modified = first.Response.Content.Headers.LastModified!.Value;
        var since = await FetchedPage.GetAsync(client, "/", r => r.Headers.IfModifiedSince = modified);
        Assert.Equal(HttpStatusCode.NotModified, since.Status);

        var sources = Host.Services.GetRequiredService<Svodka.Storage.Sources.SourceStore>();
        var source = (await sources.ListAsync(CancellationToken.None)).First(s => s.Title == "Лента дня");
        const string title = "Срочно: в Москве запустили новый речной трамвай";
        var text = "Речной трамвай на электротяге вышел на линию у Киевского вокзала. Москва продолжает обновлять транспорт.";
        await Host.Services.GetRequiredService<ArticleStore>().StoreFetchAsync(source.Id, [new ArticleDraft
        {
            Url = "https://lenta.news.example/tram.html", CanonicalUrl = "https://lenta.news.example/tram.html", Title = title, Text = text, Summary = text,
            Published = DateTimeOffset.UtcNow, Language = "ru", ContentHash = Svodka.Core.Dedup.ContentHash.Compute(title, text),
            Analysis = new ArticleAnalysis { Language = "ru", IsNews = true, Rubric = "society", Tags = [new ArticleTag(TagKind.Region, "moskva", "Москва", 0.9)] },
        }], new FetchOutcome(DateTimeOffset.UtcNow, 200, TimeSpan.Zero, 0, null, null, null, DateTimeOffset.UtcNow.AddMinutes(10)), CancellationToken.None);
        Host.Services.GetRequiredService<SiteContentVersion>().Bump();

        var fresh = await FetchedPage.GetAsync(client, "/", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.Contains(title, fresh.Text);
    }

    [Fact]
    public async Task Sitemaps_and_robots_list_the_sites_pages()
    {
        var robots = await Get("/robots.txt");
        Assert.Contains("Sitemap: http://svodka.local/sitemap.xml", robots.Html);
        Assert.Contains("Sitemap: http://svodka.local/news-sitemap.xml", robots.Html);
        var sitemap = System.Xml.Linq.XDocument.Parse((await Get("/sitemap.xml")).Html);
        var locs = sitemap.Descendants("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").Select(l => l.Value).ToList();
        Assert.Contains($"http://svodka.local/story/{PortalCorpus.MoscowStory}", locs);
        Assert.Contains("http://svodka.local/region/moskva", locs);
        var news = System.Xml.Linq.XDocument.Parse((await Get("/news-sitemap.xml")).Html);
        System.Xml.Linq.XNamespace n = "http://www.google.com/schemas/sitemap-news/0.9";
        var titles = news.Descendants(n + "title").Select(t => t.Value).ToList();
        Assert.Contains(PortalCorpus.CrimeaTitle, titles);
        Assert.All(news.Descendants(n + "language"), l => Assert.Equal("ru", l.Value));
    }

    [Fact]
    public async Task Responses_are_compressed_for_clients_that_ask()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/regions");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await Host.Client("svodka.local").SendAsync(request);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }

    private static JsonElement JsonLd(string html)
    {
        var match = Regex.Match(html, "<script type=\"application/ld(?:\\+|&#x2B;)json\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(match.Success, "no JSON-LD");
        return JsonDocument.Parse(match.Groups[1].Value).RootElement;
    }
}

public sealed class SqlitePortalPageTests(SqlitePortal fixture) : PortalPageTests(fixture), IClassFixture<SqlitePortal>;

public sealed class PostgresPortalPageTests(PostgresPortal fixture) : PortalPageTests(fixture), IClassFixture<PostgresPortal>;
