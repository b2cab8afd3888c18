using System.Text.Json;
using Svodka.Core.Language;
using Svodka.Core.Tests.Entities;
using Svodka.Core.Tgnews;
using Svodka.Testing;

namespace Svodka.Core.Tests.Tgnews;

public class TgnewsRunnerTests
{
    private static readonly DateTimeOffset Time = new(2019, 11, 8, 18, 0, 0, TimeSpan.Zero);
    private static readonly LanguageDetector Detector = new();

    private static ContestPage Page(string name, double hours, string site, string title, string text) =>
        new(name, $"https://{site}/{name}", site, Time.AddHours(hours), title, "", text);

    /// <summary>A stand-in for the classifier: recipes are not news, everything mentioning a match is sports, the rest society.</summary>
    private static readonly TgnewsRunner Runner = new(
        p => Detector.Detect(p.Title, p.Text).Code,
        (p, _) => (!p.Title.Contains("рецепт", StringComparison.OrdinalIgnoreCase),
            p.Text.Contains("матч", StringComparison.Ordinal) || p.Text.Contains("match", StringComparison.Ordinal) ? "sports" : "society"),
        new Lazy<Svodka.Core.Entities.EntityTagger?>(() => RepoGazetteer.Tagger));

    private static readonly ContestPage[] Pages =
    [
        Page("1", 0, "ngs55.ru", "В Омске автобус с пассажирами столкнулся с грузовиком",
            "Утром на улице Лукашевича в Омске пассажирский автобус столкнулся с грузовиком. По данным МЧС, пострадали семь человек, их доставили в больницу."),
        Page("2", 0.5, "omskinform.ru", "Семь человек пострадали при столкновении автобуса и грузовика в Омске",
            "В Омске на улице Лукашевича рейсовый автобус врезался в грузовик, сообщает МЧС. Семь пассажиров госпитализированы."),
        Page("3", 0.2, "sport-express.ru", "«Спартак» обыграл «Зенит» со счётом 2:1",
            "Матч 15-го тура прошёл в Москве и завершился победой «Спартака». Решающий гол забил Промес на 80-й минуте."),
        Page("4", 0.3, "bbc.co.uk", "Djokovic beats Dimitrov to reach Paris Masters final",
            "Novak Djokovic beat Grigor Dimitrov in straight sets on Saturday to reach the final of the Paris Masters, where he will face Denis Shapovalov in the match."),
        Page("5", 0.4, "povar.ru", "Рецепт дня: пирог с капустой", "Смешайте муку, яйца и масло. Выпекайте сорок минут при температуре 180 градусов, затем подавайте."),
        Page("6", 0.6, "spiegel.de", "Die Regierung beschließt neue Regeln für den Verkehr",
            "Die Bundesregierung hat am Montag neue Regeln für den Straßenverkehr beschlossen, die ab der nächsten Woche für alle Autofahrer gelten."),
    ];

    [Fact]
    public void Languages_list_each_article_under_its_language_Russian_and_English_first()
    {
        var result = Runner.Run(Pages, TgnewsTask.Languages);

        Assert.Equal(["ru", "en", "de"], result.Languages.Select(l => l.LangCode));
        Assert.Equal(["1", "2", "3", "5"], result.Languages[0].Articles);
        Assert.Equal(["4"], result.Languages[1].Articles);
    }

    [Fact]
    public void Threads_group_reports_of_one_event_and_put_every_news_article_in_exactly_one()
    {
        var result = Runner.Run(Pages, TgnewsTask.Threads);

        Assert.Equal(["1", "2", "3", "4"], result.News);
        var threads = result.Threads!;
        Assert.Equal(3, threads.Count);
        Assert.Equal(result.News!.Order(), threads.SelectMany(t => t.Articles).Order());
        var crash = threads.Single(t => t.Articles.Contains("1"));
        Assert.Equal(["1", "2"], crash.Articles.Order());
        Assert.Contains("Омск", crash.Title);
    }

    [Fact]
    public void Every_output_has_exactly_the_contest_s_shape()
    {
        using var languages = JsonDocument.Parse(TgnewsJson.ToJson(Runner.Run(Pages, TgnewsTask.Languages)));
        Assert.Equal(["lang_code", "articles"], languages.RootElement[0].EnumerateObject().Select(p => p.Name));

        using var news = JsonDocument.Parse(TgnewsJson.ToJson(Runner.Run(Pages, TgnewsTask.News)));
        Assert.Equal(["articles"], news.RootElement.EnumerateObject().Select(p => p.Name));

        using var categories = JsonDocument.Parse(TgnewsJson.ToJson(Runner.Run(Pages, TgnewsTask.Categories)));
        Assert.Equal(TgnewsCategories.All, categories.RootElement.EnumerateArray().Select(c => c.GetProperty("category").GetString()));
        Assert.Equal(["category", "articles"], categories.RootElement[0].EnumerateObject().Select(p => p.Name));

        using var threads = JsonDocument.Parse(TgnewsJson.ToJson(Runner.Run(Pages, TgnewsTask.Threads)));
        Assert.Equal(["title", "articles"], threads.RootElement[0].EnumerateObject().Select(p => p.Name));

        using var top = JsonDocument.Parse(TgnewsJson.ToJson(Runner.Run(Pages, TgnewsTask.Top)));
        Assert.Equal(["any", .. TgnewsCategories.All], top.RootElement.EnumerateArray().Select(c => c.GetProperty("category").GetString()));
        var first = top.RootElement[0].GetProperty("threads")[0];
        Assert.Equal(["title", "category", "articles"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, top.RootElement[0].GetProperty("threads").GetArrayLength());
    }

    [Fact]
    public void The_most_reported_thread_comes_first_in_top_and_Cyrillic_is_written_as_is()
    {
        var json = TgnewsJson.ToJson(Runner.Run(Pages, TgnewsTask.Top));
        using var top = JsonDocument.Parse(json);

        var any = top.RootElement[0].GetProperty("threads");
        Assert.Equal(2, any[0].GetProperty("articles").GetArrayLength());
        Assert.Equal("society", any[0].GetProperty("category").GetString());
        Assert.Contains("Омск", json);
        Assert.DoesNotContain("\\u04", json);
    }

    [Fact]
    public void The_sample_s_threads_cover_every_news_article_once_and_come_out_the_same_twice()
    {
        var root = TestData.RequireShared("tgnews-round1-sample");
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Take(1500)
            .Select(f => ContestPage.Parse(File.ReadAllText(f), f))
            .ToList();

        var first = Runner.Run(pages, TgnewsTask.Top);
        var second = Runner.Run(pages, TgnewsTask.Top);

        Assert.Equal(first.News!.Order(), first.Threads!.SelectMany(t => t.Articles).Order());
        Assert.Equal(TgnewsJson.ToJson(first), TgnewsJson.ToJson(second));
        Assert.Contains(first.Threads!, t => t.Articles.Count >= 3);
    }

    [Fact]
    public void Clustering_each_language_apart_gives_the_threads_one_clusterer_gives()
    {
        var root = TestData.RequireShared("tgnews-round1-sample");
        // Without descriptions, so that the text the runner clusters is the page's text as given here.
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Take(1500)
            .Select(f => ContestPage.Parse(File.ReadAllText(f), f) with { Description = "" })
            .ToList();

        var threads = Runner.Run(pages, TgnewsTask.Threads).Threads!;

        var featurizer = new Svodka.Core.Stories.StoryFeaturizer(null, RepoGazetteer.Tagger);
        var one = new Svodka.Core.Stories.StoryClusterer();
        one.AddBatch(pages
            .Select(p => (Page: p, Language: Detector.Detect(p.Title, p.Text).Code))
            .Where(x => x.Language is "ru" or "en" && !x.Page.Title.Contains("рецепт", StringComparison.OrdinalIgnoreCase))
            .Select(x => featurizer.Featurize(x.Page.Name, x.Page.Title, x.Page.Text, x.Page.Published, x.Page.SiteName.Length > 0 ? x.Page.SiteName : Svodka.Core.Stories.SourceIds.FromUrl(x.Page.Url), x.Language)));

        static string Key(IEnumerable<string> ids) => string.Join(",", ids.Order(StringComparer.Ordinal));
        Assert.Equal(
            one.Stories.Select(s => Key(s.Members.Select(m => m.Article.ArticleId))).Order(StringComparer.Ordinal),
            threads.Select(t => Key(t.Articles)).Order(StringComparer.Ordinal));
        Assert.Contains(one.Stories, s => s.Language == "ru" && s.Members.Count >= 3);
        Assert.Contains(one.Stories, s => s.Language == "en" && s.Members.Count >= 3);
    }
}
