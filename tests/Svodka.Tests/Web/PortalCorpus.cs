using Microsoft.Extensions.DependencyInjection;
using Svodka.Core.Dedup;
using Svodka.Core.Model;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stories;

namespace Svodka.Tests.Web;

/// <summary>
/// A small news day the portal tests read: outlets, analysed articles and the stories the story worker would
/// make of them (stored with StoryStore.SaveAsync, as the worker will). Moscow, Crimea, Belarus, music and an
/// English story; times are relative to the start of the test run.
/// </summary>
public sealed class PortalCorpus
{
    public required DateTimeOffset Now { get; init; }
    public required Dictionary<string, long> Sources { get; init; }
    public required Dictionary<string, long> Articles { get; init; }

    public const long MoscowStory = 101, CrimeaStory = 102, BelarusStory = 103, MusicStory = 104, EnglishStory = 105;

    public const string MoscowTitle = "Собянин открыл станцию метро «Кунцевская-2»";
    public const string CrimeaTitle = "Керченская паромная переправа остановлена из-за шторма";
    public const string BelarusTitle = "Лукашенко предложил подтолкнуть сотрудничество с Казахстаном";
    public const string MusicTitle = "Рэпер Каспий выпустил альбом о родной Астрахани";
    public const string EnglishTitle = "Central bank cuts its key rate for the third time";

    private sealed record Item(string Key, string Source, long? Story, string Title, string Text, double HoursAgo,
        string Language, string Rubric, ArticleTag[] Tags);

    private static readonly ArticleTag Moscow = new(TagKind.Region, "moskva", "Москва", 0.9);
    private static readonly ArticleTag Sobyanin = new(TagKind.Person, "sergey-sobyanin", "Сергей Собянин", 0.9);
    private static readonly ArticleTag Crimea = new(TagKind.Region, "respublika-krym", "Республика Крым", 0.9);
    private static readonly ArticleTag Aksenov = new(TagKind.Person, "sergey-aksenov", "Сергей Аксёнов", 0.8);
    private static readonly ArticleTag Belarus = new(TagKind.Country, "belarus", "Белоруссия", 0.9);
    private static readonly ArticleTag Lukashenko = new(TagKind.Person, "aleksandr-lukashenko", "Александр Лукашенко", 0.9);
    private static readonly ArticleTag Music = new(TagKind.Topic, "music", "Музыкальные новости", 0.9);

    private static readonly Item[] Items =
    [
        new("moscow-1", "stolichny", MoscowStory, MoscowTitle,
            "Мэр Москвы Сергей Собянин открыл станцию метро «Кунцевская-2». По словам мэра, станция разгрузит западные районы города.", 0.5, "ru", "society", [Moscow, Sobyanin]),
        new("moscow-2", "lenta", MoscowStory, "В Москве открылась новая станция метро на западе города",
            "Новая станция метро заработала в Кунцеве. Открытие провёл Сергей Собянин, мэр Москвы; пассажиров ждут с шести утра.", 1.5, "ru", "society", [Moscow, Sobyanin]),
        new("moscow-3", "obozrevatel", MoscowStory, "Собянин: новая станция метро сократит дорогу в центр на 15 минут",
            "Станция «Кунцевская-2» открыта. Мэр Москвы Собянин рассказал, что дорога до центра станет короче на четверть часа.", 2.5, "ru", "society", [Moscow, Sobyanin]),
        new("crimea-1", "krym", CrimeaStory, CrimeaTitle,
            "Паромы между портами Керчь и Кавказ не выходят в рейсы из-за ветра. Глава Крыма Сергей Аксёнов поручил организовать пункты обогрева.", 3, "ru", "society", [Crimea, Aksenov]),
        new("crimea-2", "lenta", CrimeaStory, "В портах Керчь и Кавказ скопились сотни машин",
            "Керченская переправа не работает из-за шторма, в очереди стоят около 470 машин. Крымский мост работает в обычном режиме.", 4, "ru", "society", [Crimea]),
        new("belarus-1", "lenta", BelarusStory, BelarusTitle,
            "Александр Лукашенко в Минске встретился с председателем парламента Казахстана Ерланом Кошановым. По его словам, губернаторы обеих стран должны стать центральными фигурами сотрудничества.", 5, "ru", "society", [Belarus, Lukashenko]),
        new("belarus-2", "obozrevatel", BelarusStory, "Кошанов и Лукашенко обсудили межрегиональный форум",
            "Председатель мажилиса Ерлан Кошанов поддержал идею межрегионального форума. Лукашенко предложил вплетать губернаторов в этот процесс.", 6, "ru", "society", [Belarus, Lukashenko]),
        new("music-1", "zvuk", MusicStory, MusicTitle,
            "Рэпер Каспий выпустил новый альбом из двенадцати песен, посвящённый Астрахани. Концерт в поддержку альбома пройдёт в декабре.", 7, "ru", "entertainment", [Music]),
        new("music-2", "lenta", MusicStory, "Каспий посвятил новый альбом Астрахани",
            "Музыкант представил альбом, песни которого записаны с астраханским оркестром. Певец отправится в гастроли весной.", 8, "ru", "entertainment", [Music]),
        new("english-1", "meridian", EnglishStory, EnglishTitle,
            "The central bank cut its key rate by half a point on Friday, its third cut this year, citing slowing inflation.", 1, "en", "economy", []),
        new("english-2", "continental", EnglishStory, "Rates cut again as inflation slows",
            "Policymakers lowered the key rate for a third time, saying inflation had slowed faster than expected.", 2, "en", "economy", []),
        new("moscow-lone", "stolichny", null, "В Кузьминках после ремонта открылся парк",
            "Парк в Кузьминках открыли после реконструкции: появились новые дорожки и детские площадки.", 9, "ru", "society", [Moscow]),
    ];

    private static readonly (string Key, string Title, string Category)[] Outlets =
    [
        ("stolichny", "Столичный вестник", "Москва"),
        ("lenta", "Лента дня", "Россия — федеральные"),
        ("obozrevatel", "Федеральный обозреватель", "Россия — федеральные"),
        ("krym", "Крымский курьер", "Крым"),
        ("zvuk", "Звуковая дорожка", "Музыка"),
        ("meridian", "The Meridian Post", "English"),
        ("continental", "Continental Wire", "English"),
    ];

    public static string OriginalUrl(string key) => $"https://{key.Split('-')[0]}.news.example/2026/{key}.html";

    public static async Task<PortalCorpus> StoreAsync(IServiceProvider services, DateTimeOffset now)
    {
        var sources = services.GetRequiredService<SourceStore>();
        var articles = services.GetRequiredService<ArticleStore>();
        var stories = services.GetRequiredService<StoryStore>();
        var sourceIds = new Dictionary<string, long>();
        foreach (var (key, title, category) in Outlets)
            sourceIds[key] = (await sources.AddAsync(new NewSource($"https://{key}.news.example/rss.xml", title, $"https://{key}.news.example/", category), CancellationToken.None)).Id;

        foreach (var group in Items.GroupBy(i => i.Source))
        {
            var drafts = group.Select(i => new ArticleDraft
            {
                ItemId = i.Key,
                Url = OriginalUrl(i.Key),
                CanonicalUrl = OriginalUrl(i.Key),
                Title = i.Title,
                Published = now.AddHours(-i.HoursAgo),
                Summary = i.Text,
                ContentHtml = $"<p>{System.Net.WebUtility.HtmlEncode(i.Text)}</p>",
                Text = i.Text,
                Language = i.Language,
                ContentHash = ContentHash.Compute(i.Title, i.Text),
                Analysis = new ArticleAnalysis { Language = i.Language, IsNews = true, Rubric = i.Rubric, Tags = i.Tags },
            }).ToList();
            await articles.StoreFetchAsync(sourceIds[group.Key], drafts,
                new FetchOutcome(now, 200, TimeSpan.FromMilliseconds(100), 1000, null, null, null, now.AddMinutes(10)), CancellationToken.None);
        }

        var stored = new Dictionary<string, long>();
        for (var skip = 0; ; skip += 100)
        {
            var page = await articles.ListAsync(new ArticleQuery { Take = 100, Skip = skip }, CancellationToken.None);
            foreach (var a in page) stored[Items.Single(i => OriginalUrl(i.Key) == a.Url).Key] = a.Id;
            if (page.Count < 100) break;
        }

        var writes = Items.Where(i => i.Story is not null).GroupBy(i => i.Story!.Value).Select(g =>
        {
            var first = g.OrderBy(i => -i.HoursAgo).ToList();
            return new StoryWrite(g.Key, g.First().Language, g.First().Title, g.First().Text, g.First().Rubric,
                now.AddHours(-g.Max(i => i.HoursAgo)), now.AddHours(-g.Min(i => i.HoursAgo)), g.Count(), g.Select(i => i.Source).Distinct().Count(),
                g.SelectMany(i => i.Tags).DistinctBy(t => (t.Kind, t.Slug)).Select(t => new StoryTagWrite(t.Kind, t.Slug, t.Name, 1.0)).ToList());
        }).ToList();
        var members = Items.Select(i => new StoryMembership(stored[i.Key], i.Story, 1.0 - i.HoursAgo / 100, false)).ToList();
        await stories.SaveAsync(writes, members, [], now, CancellationToken.None);
        return new PortalCorpus { Now = now, Sources = sourceIds, Articles = stored };
    }
}
