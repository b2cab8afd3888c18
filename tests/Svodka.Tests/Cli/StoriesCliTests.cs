using System.Text.Json;
using Svodka.Tests.Infrastructure;

namespace Svodka.Tests.Cli;

/// <summary>The verbs that measure and expose understanding and stories: tgnews, eval, stories.</summary>
public sealed class StoriesCliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("svodka-tgnews-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private static string Page(string url, string site, string time, string title, params string[] paragraphs) => $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"/>
        <meta property="og:url" content="{url}"/>
        <meta property="og:site_name" content="{site}"/>
        <meta property="article:published_time" content="{time}"/>
        <meta property="og:title" content="{title}"/>
        </head><body><article><h1>{title}</h1>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</article></body></html>
        """;

    private void WriteContestPages()
    {
        var day = Path.Combine(dir, "20261124", "00");
        Directory.CreateDirectory(day);
        File.WriteAllText(Path.Combine(day, "a1.html"), Page("https://lenta.example/1", "Лента", "2026-11-24T10:00:00+00:00",
            "Банк России снизил ключевую ставку до 15,5%",
            "Совет директоров Банка России снизил ключевую ставку на 100 базисных пунктов, до 15,5% годовых.",
            "Регулятор объяснил решение замедлением инфляции и охлаждением кредитования."));
        File.WriteAllText(Path.Combine(day, "a2.html"), Page("https://rbc.example/2", "РБК", "2026-11-24T10:20:00+00:00",
            "ЦБ понизил ключевую ставку до 15,5% годовых",
            "Банк России на заседании совета директоров понизил ключевую ставку до 15,5% годовых.",
            "Решение совпало с ожиданиями аналитиков: инфляция замедляется второй месяц подряд."));
        File.WriteAllText(Path.Combine(day, "a3.html"), Page("https://sport.example/3", "Спорт", "2026-11-24T11:00:00+00:00",
            "«Спартак» обыграл «Зенит» в матче РПЛ",
            "Московский «Спартак» победил петербургский «Зенит» со счётом 2:1 в матче 15-го тура Российской премьер-лиги.",
            "Победный мяч забил полузащитник на 78-й минуте."));
        File.WriteAllText(Path.Combine(day, "a4.html"), Page("https://news.example/4", "News", "2026-11-24T12:00:00+00:00",
            "Bank of Russia cuts key rate to 15.5%",
            "Russia's central bank cut its key interest rate by 100 basis points to 15.5% on Friday, citing slowing inflation.",
            "Analysts had expected the move after two months of cooling prices."));
        File.WriteAllText(Path.Combine(day, "broken.html"), "<html><body>no meta tags, no article</body></html>");
    }

    [Fact]
    public async Task Tgnews_prints_the_contests_shapes_and_skips_a_malformed_file_with_a_warning()
    {
        WriteContestPages();

        var languages = await SvodkaProcess.RunAsync(["tgnews", "languages", dir], timeout: TimeSpan.FromMinutes(3));
        Assert.True(languages.Code == 0, languages.Stderr);
        Assert.Contains("broken", languages.Stderr);
        using (var json = JsonDocument.Parse(languages.Stdout))
        {
            var ru = json.RootElement.EnumerateArray().Single(g => g.GetProperty("lang_code").GetString() == "ru");
            Assert.Equal(["a1", "a2", "a3"], ru.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).Order());
            var en = json.RootElement.EnumerateArray().Single(g => g.GetProperty("lang_code").GetString() == "en");
            Assert.Equal(["a4"], en.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        }

        var threads = await SvodkaProcess.RunAsync(["tgnews", "threads", dir, "--stats"], timeout: TimeSpan.FromMinutes(3));
        Assert.True(threads.Code == 0, threads.Stderr);
        // --stats: what was read and made, how fast, how much memory and JIT work, on stderr (stdout stays the contest's JSON).
        Assert.Matches(@"tgnews threads: 5 pages, \d+ threads in \d+\.\d\d s \(\d+ pages/s\), CPU \d+\.\d\d s, peak memory \d+ MB, \d+ methods compiled at run time, GC paused \d+\.\d\d s in \d+ collections \(\d+ gen1, \d+ gen2\) of \d+ MB allocated", threads.Stderr);
        using (var json = JsonDocument.Parse(threads.Stdout))
        {
            var all = json.RootElement.EnumerateArray().ToList();
            Assert.All(all, t => Assert.False(string.IsNullOrEmpty(t.GetProperty("title").GetString())));
            var rate = all.Single(t => t.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == "a1"));
            Assert.Equal(["a1", "a2"], rate.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).Order());
        }

        var top = await SvodkaProcess.RunAsync(["tgnews", "top", dir], timeout: TimeSpan.FromMinutes(3));
        Assert.True(top.Code == 0, top.Stderr);
        using (var json = JsonDocument.Parse(top.Stdout))
        {
            var first = json.RootElement[0];
            Assert.Equal("any", first.GetProperty("category").GetString());
            var thread = first.GetProperty("threads")[0];
            Assert.Equal(["title", "category", "articles"], thread.EnumerateObject().Select(p => p.Name));
        }

        var categories = await SvodkaProcess.RunAsync(["tgnews", "categories", dir], timeout: TimeSpan.FromMinutes(3));
        using (var json = JsonDocument.Parse(categories.Stdout))
        {
            var byCategory = json.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("category").GetString()!,
                c => c.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).ToList());
            Assert.Equal(["society", "economy", "technology", "sports", "entertainment", "science", "other"], byCategory.Keys);
            Assert.Contains("a3", byCategory["sports"]);
            Assert.Contains("a1", byCategory["economy"]);
        }
    }

    [Fact]
    public async Task Tgnews_on_a_missing_or_empty_directory_says_so()
    {
        var missing = await SvodkaProcess.RunAsync(["tgnews", "threads", Path.Combine(dir, "nope")]);
        Assert.Equal(1, missing.Code);
        Assert.Contains("no such directory", missing.Stderr);

        var empty = await SvodkaProcess.RunAsync(["tgnews", "threads", dir]);
        Assert.Equal(1, empty.Code);
        Assert.Contains("no *.html", empty.Stderr);

        var badTask = await SvodkaProcess.RunAsync(["tgnews", "clusters", dir]);
        Assert.Equal(2, badTask.Code);
        Assert.Contains("TASK must be", badTask.Stderr);
    }

    [Fact]
    public async Task Tgnews_names_a_missing_model_or_gazetteer_that_was_loading_while_pages_were_read()
    {
        WriteContestPages();
        var nowhere = Path.Combine(dir, "nowhere");

        var model = await SvodkaProcess.RunAsync(["tgnews", "news", dir],
            new Dictionary<string, string> { ["SVODKA_Understanding__Model"] = Path.Combine(nowhere, "classifier.zip") }, TimeSpan.FromMinutes(3));
        Assert.Equal(1, model.Code);
        Assert.Contains($"svodka: understanding data file missing: {Path.Combine(nowhere, "classifier.zip")} (FileNotFoundException)", model.Stderr);
        Assert.Equal("", model.Stdout);

        var gazetteer = await SvodkaProcess.RunAsync(["tgnews", "threads", dir],
            new Dictionary<string, string> { ["SVODKA_Understanding__Gazetteers"] = nowhere }, TimeSpan.FromMinutes(3));
        Assert.Equal(1, gazetteer.Code);
        Assert.Contains($"svodka: understanding data file missing: {Path.Combine(nowhere, "regions.tsv")} (FileNotFoundException)", gazetteer.Stderr);
        Assert.DoesNotContain("AggregateException", gazetteer.Stderr);
    }

    [Fact]
    public async Task Eval_categories_prints_accuracy_confusion_and_per_class_scores()
    {
        var file = Path.Combine(dir, "ru_cat_own.tsv");
        File.WriteAllText(file, string.Join('\n',
            "INPUT:url\tINPUT:text\tINPUT:title\tGOLDEN:res",
            "https://sport.example/1\t«Спартак» победил «Зенит» со счётом 2:1 в матче РПЛ. Победный гол забит на 78-й минуте.\t«Спартак» обыграл «Зенит»\tsports",
            "https://bank.example/2\tБанк России снизил ключевую ставку до 15,5% годовых из-за замедления инфляции.\tЦБ снизил ключевую ставку\teconomy",
            "https://food.example/3\tВозьмите 500 г муки, два яйца и стакан молока. Замесите тесто и выпекайте 40 минут при 180 градусах.\tРецепт простого пирога к чаю\tnot_news"));

        var (code, stdout, stderr) = await SvodkaProcess.RunAsync(["eval", "categories", file], timeout: TimeSpan.FromMinutes(3));

        Assert.True(code == 0, stderr);
        Assert.Contains("accuracy", stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not_news", stdout);
        Assert.Contains("precision", stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Eval_pairs_prints_precision_recall_and_f1()
    {
        var file = Path.Combine(dir, "ru_pairs.tsv");
        File.WriteAllText(file, string.Join('\n',
            "INPUT:first_title\tINPUT:second_title\tINPUT:first_url\tINPUT:second_url\tINPUT:first_text\tINPUT:second_text\tGOLDEN:quality",
            "Банк России снизил ключевую ставку до 15,5%\tЦБ понизил ключевую ставку до 15,5% годовых\thttps://a.example/1\thttps://b.example/2\tСовет директоров Банка России снизил ключевую ставку на 100 базисных пунктов, до 15,5% годовых.\tБанк России на заседании совета директоров понизил ключевую ставку до 15,5% годовых.\tOK",
            "Банк России снизил ключевую ставку до 15,5%\t«Спартак» обыграл «Зенит» в матче РПЛ\thttps://a.example/1\thttps://c.example/3\tСовет директоров Банка России снизил ключевую ставку на 100 базисных пунктов, до 15,5% годовых.\tМосковский «Спартак» победил «Зенит» со счётом 2:1.\tBAD"));

        var (code, stdout, stderr) = await SvodkaProcess.RunAsync(["eval", "pairs", file], timeout: TimeSpan.FromMinutes(3));

        Assert.True(code == 0, stderr);
        Assert.Contains("precision 1.000", stdout);
        Assert.Contains("recall 1.000", stdout);
        Assert.Contains("F1 1.000", stdout);
    }
}
