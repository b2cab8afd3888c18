using Svodka.Core.Stories;
using Svodka.Core.Tests.Entities;

namespace Svodka.Core.Tests.Stories;

/// <summary>Hand-written Russian reports of a few events, as several outlets would write them, turned into features.</summary>
internal static class NewsFixture
{
    public static readonly DateTimeOffset Noon = new(2024, 3, 14, 12, 0, 0, TimeSpan.Zero);
    private static readonly StoryFeaturizer Featurizer = new(null, RepoGazetteer.Tagger);

    public static StoryFeatures Article(string id, string source, double hours, string title, string text, string language = "ru") =>
        Featurizer.Featurize(id, title, text, Noon.AddHours(hours), source, language);

    // A bus and a lorry collide in Omsk: four outlets.
    public static StoryFeatures OmskCrash1 => Article("omsk-1", "ngs55.ru", 0,
        "В Омске автобус с пассажирами столкнулся с грузовиком",
        "Утром 14 марта на улице Лукашевича в Омске пассажирский автобус столкнулся с грузовиком. По данным регионального управления МЧС, пострадали семь человек, их доставили в больницу. Водитель грузовика задержан.");
    public static StoryFeatures OmskCrash2 => Article("omsk-2", "omskinform.ru", 0.5,
        "Семь человек пострадали при столкновении автобуса и грузовика в Омске",
        "В Омске на улице Лукашевича рейсовый автобус врезался в грузовик, сообщает МЧС. Семь пассажиров госпитализированы. Полиция выясняет обстоятельства аварии.");
    public static StoryFeatures OmskCrash3 => Article("omsk-3", "ria.ru", 1,
        "ДТП с автобусом в Омске: пострадали семь пассажиров",
        "Авария с участием пассажирского автобуса и грузовика произошла в Омске на улице Лукашевича. Семь человек получили травмы, сообщили в МЧС по Омской области.");
    public static StoryFeatures OmskCrash4 => Article("omsk-4", "tass.ru", 1.5,
        "В Омске грузовик протаранил рейсовый автобус, пострадали семь человек",
        "Грузовик столкнулся с рейсовым автобусом на улице Лукашевича в Омске утром в четверг. Пострадали семь пассажиров автобуса, все они доставлены в больницу, сообщает МЧС.");

    // Omsk again, another event the same day.
    public static StoryFeatures OmskMayor1 => Article("omsk-mayor-1", "ngs55.ru", 2,
        "Горсовет Омска выбрал нового мэра",
        "Депутаты городского совета Омска избрали нового мэра города. За кандидатуру проголосовали 30 из 37 депутатов. Новый глава Омска вступит в должность в понедельник.");
    public static StoryFeatures OmskMayor2 => Article("omsk-mayor-2", "omskinform.ru", 2.5,
        "В Омске избрали мэра: за кандидата проголосовали 30 депутатов",
        "Городской совет Омска на внеочередном заседании выбрал мэра. Кандидата поддержали 30 депутатов из 37. Вступление в должность назначено на понедельник.");

    // Kazan: a bridge opens.
    public static StoryFeatures KazanBridge1 => Article("kazan-1", "tatar-inform.ru", 3,
        "В Казани открыли новый мост через Казанку",
        "В Казани после двух лет строительства открыли движение по новому мосту через реку Казанку. Длина моста составляет 800 метров, на нём шесть полос.");
    public static StoryFeatures KazanBridge2 => Article("kazan-2", "business-gazeta.ru", 3.5,
        "Новый мост через Казанку открыли для движения",
        "Движение по новому мосту через Казанку в Казани открыто. Строительство шестиполосного моста длиной 800 метров заняло два года.");

    // Sobyanin, two different events.
    public static StoryFeatures SobyaninMetro1 => Article("sob-metro-1", "mos.ru", 4,
        "Собянин открыл новую станцию метро «Лесная»",
        "Мэр Москвы Сергей Собянин открыл станцию метро «Лесная» на Большой кольцевой линии. Станция будет принимать до 40 тысяч пассажиров в сутки.");
    public static StoryFeatures SobyaninMetro2 => Article("sob-metro-2", "m24.ru", 4.5,
        "В Москве открылась станция метро «Лесная»",
        "Сергей Собянин открыл станцию «Лесная» Большой кольцевой линии метро. Пассажиропоток новой станции оценивают в 40 тысяч человек в сутки.");
    public static StoryFeatures SobyaninCafes1 => Article("sob-cafe-1", "rbc.ru", 5,
        "Собянин разрешил кафе и ресторанам работать круглосуточно",
        "Мэр Москвы Сергей Собянин подписал указ, который снимает ограничения на ночную работу кафе и ресторанов. Указ вступает в силу с понедельника.");
    public static StoryFeatures SobyaninCafes2 => Article("sob-cafe-2", "kommersant.ru", 5.5,
        "Московским ресторанам разрешили работать по ночам",
        "Собянин снял ограничения на работу ресторанов и кафе в ночное время. Соответствующий указ мэр Москвы подписал в четверг, он начнёт действовать с понедельника.");

    public static IReadOnlyList<StoryFeatures> All =>
    [
        OmskCrash1, OmskCrash2, OmskCrash3, OmskCrash4, OmskMayor1, OmskMayor2, KazanBridge1, KazanBridge2,
        SobyaninMetro1, SobyaninMetro2, SobyaninCafes1, SobyaninCafes2,
    ];

    /// <summary>Which event each article reports.</summary>
    public static string EventOf(string articleId) => articleId[..articleId.LastIndexOf('-')];
}
