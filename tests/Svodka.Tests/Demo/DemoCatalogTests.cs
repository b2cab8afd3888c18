using Svodka.Demo;

namespace Svodka.Tests.Demo;

public sealed class DemoCatalogTests
{
    private static readonly DemoCatalog Shipped = DemoCatalog.Load(DemoCatalog.DefaultDirectory());

    /// <summary>Articles whose words (rubric, tags, title, lead, body) satisfy <paramref name="matches"/>.</summary>
    private static IEnumerable<DemoArticle> Text(Func<string, bool> matches) =>
        Shipped.Articles.Where(a => matches(string.Join(" ", [a.Rubric, .. a.Tags, a.Title, a.Lead, .. a.Paragraphs])));

    [Fact]
    public void The_shipped_set_is_big_enough_for_a_full_portal()
    {
        Assert.True(Shipped.Articles.Count >= 300, $"{Shipped.Articles.Count} articles");
        Assert.True(Shipped.Outlets.Count >= 12, $"{Shipped.Outlets.Count} outlets");
        var events = Shipped.Articles.GroupBy(a => a.EventId).ToList();
        Assert.True(events.Count >= 45, $"{events.Count} events");
        var shared = events.Count(e => e.Select(a => a.OutletId).Distinct().Count() >= 3);
        Assert.True(shared >= 20, $"{shared} events carried by 3+ outlets");
        Assert.Contains(events, e => e.Count() == 1);
    }

    [Fact]
    public void The_articles_span_three_days_with_recent_ones()
    {
        Assert.Contains(Shipped.Articles, a => a.Age < TimeSpan.FromHours(1));
        for (var day = 0; day < 3; day++)
        {
            var inDay = Shipped.Articles.Count(a => a.Age >= TimeSpan.FromDays(day) && a.Age < TimeSpan.FromDays(day + 1));
            Assert.True(inDay >= 50, $"day {day}: {inDay} articles");
        }
    }

    [Fact]
    public void Russian_and_English_outlets_share_international_events()
    {
        var language = Shipped.Outlets.ToDictionary(o => o.Id, o => o.Language);
        Assert.True(Shipped.Outlets.Count(o => o.Language == "en") >= 3);
        Assert.True(Shipped.Articles.Count(a => language[a.OutletId] == "en") >= 30);
        var mixed = Shipped.Articles.GroupBy(a => a.EventId)
            .Count(e => e.Count(a => language[a.OutletId] == "en") >= 2 && e.Any(a => language[a.OutletId] == "ru"));
        Assert.True(mixed >= 3, $"{mixed} events reported in both languages");
    }

    [Fact]
    public void Moscow_Crimea_regions_music_and_sport_are_all_there()
    {
        Assert.True(Text(t => t.Contains("Москв")).Count() >= 20);
        foreach (var city in new[] { "Симферопол", "Севастопол", "Ялт", "Керч" })
            Assert.True(Text(t => t.Contains(city)).Count() >= 2, city);
        foreach (var region in new[] { "Подмосков", "Кубан", "Татарстан", "Петербург", "Свердловск", "Новосибирск", "Примор", "Коми" })
            Assert.True(Text(t => t.Contains(region)).Count() >= 2, region);
        foreach (var official in new[] { "Собянин", "Аксёнов", "Развожаев", "Лукашенко", "Токаев" })
            Assert.True(Text(t => t.Contains(official)).Any(), official);

        var rubrics = Shipped.Articles.Select(a => a.Rubric).ToHashSet();
        Assert.True(Shipped.Articles.Count(a => a.Rubric is "Музыка" or "Music") >= 15);
        Assert.True(Text(t => t.Contains("футбол", StringComparison.OrdinalIgnoreCase)).Count() >= 5);
        Assert.True(Text(t => t.Contains("хокке", StringComparison.OrdinalIgnoreCase)).Count() >= 5);
        foreach (var notNews in new[] { "Рецепты", "Гороскоп", "Полезные советы", "Подборки", "Партнёрский материал" })
            Assert.Contains(notNews, rubrics);
    }

    [Fact]
    public void Every_article_is_real_prose_and_no_two_bodies_are_alike()
    {
        var counts = new List<int>();
        foreach (var article in Shipped.Articles)
        {
            var words = article.Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.True(words is >= 110 and <= 450, $"{article.Origin}: {words} words");
            Assert.DoesNotContain("lorem", article.Title + string.Concat(article.Paragraphs), StringComparison.OrdinalIgnoreCase);
            counts.Add(words);
        }
        Assert.True(counts.Average() >= 140, $"{counts.Average():F0} words on average");
        var paragraphs = Shipped.Articles.SelectMany(a => a.Paragraphs.Select(p => (p, a.Origin))).GroupBy(x => x.p).FirstOrDefault(g => g.Count() > 1);
        Assert.True(paragraphs is null, paragraphs is null ? "" : $"the same paragraph in {string.Join(", ", paragraphs.Select(x => x.Origin))}");
        Assert.Equal(Shipped.Articles.Count, Shipped.Articles.Select(a => a.Title).Distinct().Count());
    }

    [Fact]
    public void The_outlets_cover_every_format_encoding_and_breakage()
    {
        foreach (var format in Enum.GetValues<DemoFeedFormat>()) Assert.Contains(Shipped.Outlets, o => o.Feed.Format == format);
        foreach (var breakage in Enum.GetValues<DemoFeedBreakage>()) Assert.Contains(Shipped.Outlets, o => o.Feed.Breakage == breakage);
        foreach (var fullText in Enum.GetValues<DemoFullText>()) Assert.Contains(Shipped.Outlets, o => o.Feed.FullText == fullText);
        foreach (var markup in Enum.GetValues<DemoArticleMarkup>()) Assert.Contains(Shipped.Outlets, o => o.ArticleMarkup == markup);
        Assert.Contains(Shipped.Outlets, o => o.Feed.Encoding == "koi8-r");
        Assert.Contains(Shipped.Outlets, o => o.Feed.Encoding == "windows-1251" && o.Feed.CharsetInProlog && !o.Feed.CharsetInHeader);
        Assert.Contains(Shipped.Outlets, o => o.Feed.Encoding == "windows-1251" && !o.Feed.CharsetInProlog && !o.Feed.CharsetInHeader);
        Assert.Contains(Shipped.Outlets, o => o.Feed.XmlBase);
        // Some publish often, some rarely.
        var counts = Shipped.Outlets.Select(o => Shipped.ArticlesOf(o).Count()).ToList();
        Assert.True(counts.Max() >= 4 * counts.Min(), string.Join(", ", counts));
    }

    [Fact]
    public void A_mistake_in_an_article_file_names_the_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("svodka-demo-").FullName;
        try
        {
            File.Copy(Path.Combine(DemoCatalog.DefaultDirectory(), "outlets.json"), Path.Combine(dir, "outlets.json"));
            Directory.CreateDirectory(Path.Combine(dir, "events"));
            var file = Path.Combine(dir, "events", "bridge.txt");
            File.WriteAllText(file, "# fact sheet\n\n--- stolichny\nhours: 2\nrubric: Москва\ntitle: Мост\nlead: Открыли мост.\n\nОдин.\n\nДва.\n\nТри.\n\n--- krym\nhours: 99\nrubric: Крым\ntitle: Мост\nlead: Открыли.\n\nА.\n\nБ.\n\nВ.\n");
            var error = Assert.Throws<DemoCatalogException>(() => DemoCatalog.Load(dir));
            Assert.Contains($"{file}:16", error.Message);
            Assert.Contains("hours", error.Message);

            File.WriteAllText(file, "--- nobody\nhours: 2\nrubric: Москва\ntitle: Мост\nlead: Открыли мост.\n\nОдин.\n\nДва.\n\nТри.\n");
            error = Assert.Throws<DemoCatalogException>(() => DemoCatalog.Load(dir));
            Assert.Contains($"{file}:1", error.Message);
            Assert.Contains("nobody", error.Message);

            File.WriteAllText(file, "--- stolichny\nhours: 2\nrubric: Москва\ntitle: Мост\nlead: Открыли мост.\n\nОдин абзац.\n");
            error = Assert.Throws<DemoCatalogException>(() => DemoCatalog.Load(dir));
            Assert.Contains("1 paragraphs", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_mistake_in_outlets_json_names_the_line_of_the_outlet()
    {
        var dir = Directory.CreateTempSubdirectory("svodka-demo-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "outlets.json"),
                "[\n  { \"id\": \"a\", \"name\": \"A\", \"domain\": \"a.example\", \"language\": \"ru\", \"category\": \"Москва\", \"description\": \"d\",\n" +
                "    \"feed\": { \"format\": \"rss-2.0\", \"path\": \"rss.xml\", \"encoding\": \"utf-8\" } },\n" +
                "  { \"id\": \"b\", \"name\": \"B\", \"domain\": \"b.example\", \"language\": \"ru\", \"category\": \"Москва\", \"description\": \"d\",\n" +
                "    \"feed\": { \"format\": \"rss-3.0\", \"path\": \"rss.xml\", \"encoding\": \"utf-8\" } }\n]\n");
            var error = Assert.Throws<DemoCatalogException>(() => DemoCatalog.Load(dir));
            Assert.Contains("outlets.json:4", error.Message);
            Assert.Contains("rss-3.0", error.Message);

            File.WriteAllText(Path.Combine(dir, "outlets.json"),
                "[ { \"id\": \"a\", \"name\": \"A\", \"domain\": \"lenta.ru\", \"language\": \"ru\", \"category\": \"Москва\", \"description\": \"d\",\n" +
                "    \"feed\": { \"format\": \"rss-2.0\", \"path\": \"rss.xml\", \"encoding\": \"utf-8\" } } ]\n");
            error = Assert.Throws<DemoCatalogException>(() => DemoCatalog.Load(dir));
            Assert.Contains(".example", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
