using Svodka.Core.Stories;
using static Svodka.Core.Tests.Stories.NewsFixture;

namespace Svodka.Core.Tests.Stories;

public class ReprintTests
{
    private const string WireText =
        "МОСКВА, 14 марта. Центральный банк России сохранил ключевую ставку на уровне 16 процентов годовых, говорится в сообщении регулятора. " +
        "Совет директоров Банка России отметил, что инфляционное давление остаётся высоким, а внутренний спрос продолжает расти быстрее возможностей " +
        "расширения производства. Регулятор допускает снижение ставки во втором полугодии, если инфляция будет замедляться в соответствии с прогнозом. " +
        "Следующее заседание совета директоров по ключевой ставке запланировано на 26 апреля.";

    [Fact]
    public void A_wire_story_reprinted_by_three_outlets_is_one_story_listing_each_outlet_once()
    {
        var clusterer = new StoryClusterer();
        var original = Article("cb-1", "interfax.ru", 0, "ЦБ сохранил ключевую ставку на уровне 16%", WireText);
        var copies = new[]
        {
            Article("cb-2", "finam.ru", 0.2, "Банк России сохранил ключевую ставку 16%", WireText),
            Article("cb-3", "bankiros.ru", 0.4, "ЦБ сохранил ключевую ставку на уровне 16%", WireText + " Ранее аналитики ожидали такого решения."),
            Article("cb-4", "finam.ru", 0.6, "ЦБ оставил ставку без изменений", WireText),
        };

        clusterer.Add(original);
        var assignments = copies.Select(clusterer.Add).ToList();

        Assert.All(assignments, a => Assert.Equal("cb-1", a.ReprintOf));
        var story = clusterer.StoryOf("cb-1")!;
        Assert.Equal(4, story.Members.Count);
        var summary = StorySummary.Of(story, clusterer.Frequencies);
        Assert.Equal(["interfax.ru", "finam.ru", "bankiros.ru"], summary.Sources.Select(s => s.SourceId));
        Assert.True(summary.Sources.Single(s => s.SourceId == "bankiros.ru").OnlyReprints);
        Assert.False(summary.Sources.Single(s => s.SourceId == "interfax.ru").OnlyReprints);
    }

    [Fact]
    public void Template_texts_about_different_days_are_not_reprints_of_each_other()
    {
        const string template = "Синоптики обещают в Москве облачную погоду с прояснениями. Температура воздуха днём составит от плюс трёх до плюс пяти градусов, " +
            "ночью около нуля. Ветер юго-западный, пять-семь метров в секунду. Атмосферное давление будет расти. Осадков не ожидается, " +
            "дороги будут сухими, гололедицы не прогнозируется.";
        var clusterer = new StoryClusterer();
        clusterer.Add(Article("weather-8", "meteo.ru", 0, "Прогноз погоды на 8 ноября", template));
        var next = clusterer.Add(Article("weather-16", "meteo.ru", 30, "Прогноз погоды на 16 ноября", template));

        Assert.Null(next.ReprintOf);
        Assert.True(next.StartedStory);
    }

    [Fact]
    public void A_signature_is_the_same_with_or_without_vector_instructions_so_stored_ones_stay_comparable()
    {
        var random = new Random(7);
        for (var shingles = 1; shingles <= 160; shingles += 13)
        {
            var hashes = new ulong[shingles];
            for (var i = 0; i < shingles; i++) hashes[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63);
            Assert.Equal(ShingleSignature.Minima(hashes), ShingleSignature.Minima256(hashes));
        }
    }

    [Fact]
    public void Signatures_agree_on_a_copy_and_disagree_on_another_text()
    {
        var a = ShingleSignature.Of(WireText);
        var b = ShingleSignature.Of(WireText + " Ранее аналитики ожидали такого решения.");
        var c = ShingleSignature.Of(OmskCrash1.Lead + " " + OmskCrash2.Lead + " " + OmskCrash3.Lead);

        Assert.Equal(ShingleSignature.Length, a.Length);
        Assert.True(ShingleSignature.Similarity(a, b) > 0.8);
        Assert.True(ShingleSignature.Similarity(a, c) < 0.1);
        Assert.Empty(ShingleSignature.Of("Слишком короткий текст."));
    }
}
