using Svodka.Core.Stories;
using static Svodka.Core.Tests.Stories.NewsFixture;

namespace Svodka.Core.Tests.Stories;

/// <summary>Headlines of one event that name it differently, and headlines of two events that only look alike.</summary>
public class HeadlineNamesTests
{
    private static readonly StoryFeatures RateLenta = Article("rate-1", "lenta.ru", 0,
        "Банк России снизил ключевую ставку до 15,5%",
        "Совет директоров Банка России снизил ключевую ставку на 100 базисных пунктов, до 15,5% годовых.\n\nРегулятор объяснил решение замедлением инфляции и охлаждением кредитования.");
    private static readonly StoryFeatures RateRbc = Article("rate-2", "rbc.ru", 0.3,
        "ЦБ понизил ключевую ставку до 15,5% годовых",
        "Банк России на заседании совета директоров понизил ключевую ставку до 15,5% годовых.\n\nРешение совпало с ожиданиями аналитиков: инфляция замедляется второй месяц подряд.");
    private static readonly StoryFeatures FedRate = Article("fed-1", "interfax.ru", 0.5,
        "ФРС понизила ставку до 4,5% годовых",
        "Федеральная резервная система США на заседании понизила ставку до 4,5% годовых.\n\nРешение совпало с ожиданиями аналитиков: инфляция в США замедляется.");

    private static readonly StoryFeatures HospitalRiamo = Article("hospital-1", "riamo.ru", 0,
        "Воробьёв открыл в Красногорске больницу на 350 коек",
        "Губернатор Подмосковья Андрей Воробьёв открыл в Красногорске новую многопрофильную больницу на 350 коек с сосудистым центром.\n\n" +
        "Строительство обошлось в 11 миллиардов рублей, в больнице будут работать более 600 врачей и медсестёр.");
    private static readonly StoryFeatures HospitalMk = Article("hospital-2", "mk.ru", 0.4,
        "В Подмосковье открылась крупная больница с сосудистым центром",
        "Новая больница на 350 коек с сосудистым центром начала принимать пациентов, обошлась она в 11 миллиардов рублей.\n\n" +
        "В корпусах разместились приёмное отделение, реанимация на 48 мест, операционный блок и поликлиника на 500 посещений в смену. " +
        "Сосудистый центр будет принимать пациентов с инсультами и инфарктами круглосуточно, для них предусмотрены отдельные палаты.\n\n" +
        "Больницу в Красногорске открыл губернатор Андрей Воробьёв. По его словам, в ней будут работать более 600 врачей и медсестёр, " +
        "а жителям соседних округов больше не придётся ездить в Москву на сложные операции.");

    [Fact]
    public void A_bank_named_by_its_acronym_in_one_headline_and_in_words_in_the_other_is_one_story()
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch([RateLenta, RateRbc]);
        Assert.Equal(clusterer.StoryOf("rate-1")!.Id, clusterer.StoryOf("rate-2")!.Id);
    }

    [Fact]
    public void Two_central_banks_each_named_by_acronym_stay_apart()
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch([RateRbc, FedRate]);
        Assert.NotEqual(clusterer.StoryOf("rate-2")!.Id, clusterer.StoryOf("fed-1")!.Id);
    }

    [Fact]
    public void Names_one_headline_leaves_out_count_when_the_article_names_them_further_down()
    {
        Assert.Contains("красногорск", HospitalMk.BodyNames);
        Assert.DoesNotContain("красногорск", HospitalMk.Names);

        var clusterer = new StoryClusterer();
        clusterer.AddBatch([HospitalRiamo, HospitalMk]);
        Assert.Equal(clusterer.StoryOf("hospital-1")!.Id, clusterer.StoryOf("hospital-2")!.Id);
    }

    [Fact]
    public void The_acronyms_of_a_headline_are_found_and_stemmed_as_names()
    {
        Assert.Equal(["цб"], RateRbc.TitleAcronyms);
        Assert.Empty(RateLenta.TitleAcronyms);
        Assert.Equal(["фрс"], FedRate.TitleAcronyms);
    }
}
