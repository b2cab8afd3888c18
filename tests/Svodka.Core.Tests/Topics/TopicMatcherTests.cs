using Svodka.Core.Text;
using Svodka.Core.Topics;
using Svodka.Testing;

namespace Svodka.Core.Tests.Topics;

public class TopicMatcherTests
{
    private static readonly Lazy<TopicTaxonomy> Taxonomy = new(() =>
    {
        using var reader = File.OpenText(Path.Combine(TestData.RepoRoot, "config", "topics.tsv"));
        return TopicTaxonomy.Load(reader);
    });
    private static readonly TopicMatcher Matcher = new(Taxonomy.Value);

    private static string[] Slugs(string title, string text, string lang = "ru") =>
        Matcher.Match(title, text, lang).Select(m => m.Slug).ToArray();

    [Fact]
    public void The_repository_taxonomy_has_the_rubrics_portals_show_under_base_rubrics()
    {
        var slugs = Taxonomy.Value.Topics.Select(t => t.Slug).ToArray();
        foreach (var expected in new[] { "music", "cinema", "football", "hockey", "incidents", "crime", "politics", "health", "auto", "real-estate", "weather" })
            Assert.Contains(expected, slugs);
        Assert.All(Taxonomy.Value.Topics, t => Assert.Contains(t.Parent, TopicTaxonomy.Parents));
    }

    [Fact]
    public void A_football_match_report_is_football_not_hockey()
    {
        var slugs = Slugs("«Зенит» обыграл «Спартак» в матче РПЛ",
            "Петербургский клуб победил со счётом 2:1. Первый гол забил нападающий на 15-й минуте, затем футболисты «Спартака» сравняли счёт с пенальти. Победный мяч полузащитник забил в конце матча.");
        Assert.Contains("football", slugs);
        Assert.DoesNotContain("hockey", slugs);
    }

    [Fact]
    public void A_KHL_game_is_hockey()
    {
        var slugs = Slugs("СКА победил «Авангард» в овертайме",
            "Матч КХЛ завершился со счётом 3:2. Победную шайбу забросил форвард петербуржцев, вратарь гостей отразил 30 бросков.");
        Assert.Contains("hockey", slugs);
        Assert.DoesNotContain("football", slugs);
    }

    [Fact]
    public void One_passing_mention_does_not_tag()
    {
        var slugs = Slugs("Губернатор провёл совещание по бюджету",
            "Обсуждали расходы на дороги и школы. После совещания губернатор посетил матч местной команды.");
        Assert.DoesNotContain("football", slugs);
        Assert.DoesNotContain("hockey", slugs);
    }

    [Fact]
    public void An_article_can_have_several_topics()
    {
        var slugs = Slugs("ДТП с автобусом: погибли два человека, возбуждено уголовное дело",
            "Авария произошла утром на трассе. Водитель автобуса задержан, следователи возбудили уголовное дело. Пострадавших госпитализировали, на месте работали спасатели МЧС.");
        Assert.Contains("incidents", slugs);
        Assert.Contains("crime", slugs);
    }

    [Fact]
    public void Weather_music_real_estate_and_health_are_found()
    {
        Assert.Contains("weather", Slugs("Синоптики пообещали снегопад и мороз", "В выходные ожидается сильный снег, температура опустится до минус 20 градусов. Гидрометцентр предупредил о гололеде."));
        Assert.Contains("music", Slugs("Певица выпустила новый альбом", "В альбом вошли 12 песен, презентация пройдёт на концерте в декабре. Композитор рассказал о записи."));
        Assert.Contains("real-estate", Slugs("Ипотека подорожала", "Банки повысили ставки по ипотеке, застройщики жалуются на падение продаж квартир в новостройках."));
        Assert.Contains("health", Slugs("Врачи предупредили о росте заболеваемости гриппом", "Минздрав рекомендует вакцинацию: эпидемия гриппа и ОРВИ ожидается в январе, пациентов в поликлиниках стало больше."));
    }

    [Fact]
    public void A_title_hit_weighs_more_than_a_body_hit()
    {
        var inTitle = Matcher.Match("Новый альбом певицы", "Вышла запись.", "ru");
        var inBody = Matcher.Match("Новости", "Вышел новый альбом певицы.", "ru");
        Assert.Contains(inTitle, m => m.Slug == "music");
        Assert.DoesNotContain(inBody, m => m.Slug == "music");
    }

    [Fact]
    public void English_articles_use_English_cues()
    {
        Assert.Contains("football", Slugs("Liverpool beat Chelsea in Premier League clash", "The striker scored twice and the goalkeeper saved a penalty.", "en"));
    }

    [Fact]
    public void A_language_without_cues_gets_no_topics()
    {
        Assert.Empty(Slugs("Матч КХЛ", "Шайба, хоккей, КХЛ, овертайм.", "kk"));
    }

    [Fact]
    public void Terms_computed_once_give_the_same_topics_as_text()
    {
        const string title = "Синоптики пообещали снегопад";
        const string text = "В выходные ожидается сильный снег и мороз.";
        var fromTerms = Matcher.Match(TextAnalyzer.Terms(title, "ru"), TextAnalyzer.Terms(text, "ru"), "ru");
        Assert.Equal(Matcher.Match(title, text, "ru"), fromTerms);
    }

    [Fact]
    public void A_bad_parent_is_reported_with_its_line()
    {
        var tsv = "slug\tname_ru\tname_en\tparent\tcues_ru\nx\tИкс\tX\tgossip\tслово\n";
        var error = Assert.Throws<FormatException>(() => TopicTaxonomy.Load(new StringReader(tsv)));
        Assert.Contains("line 2", error.Message);
    }
}
