using Svodka.Core.Text;

namespace Svodka.Web.Rendering;

/// <summary>The words of the interface in the site's language (Russian for Russian sites, English for English ones).</summary>
public sealed record Ui
{
    public required string Language { get; init; }
    public required string Locale { get; init; }
    public required string Latest { get; init; }
    public required string TopStories { get; init; }
    public required string LatestArticles { get; init; }
    public required string Hour { get; init; }
    public required string Today { get; init; }
    public required string Regions { get; init; }
    public required string Governors { get; init; }
    public required string Sources { get; init; }
    public required string Search { get; init; }
    public required string SearchButton { get; init; }
    public required string MoreNews { get; init; }
    public required string Timeline { get; init; }
    public required string StorySources { get; init; }
    public required string InStory { get; init; }
    public required string Original { get; init; }
    public required string ReadOriginal { get; init; }
    public required string Rubrics { get; init; }
    public required string Topics { get; init; }
    public required string Persons { get; init; }
    public required string Countries { get; init; }
    public required string Home { get; init; }
    public required string Newer { get; init; }
    public required string Older { get; init; }
    public required string Page { get; init; }
    public required string NothingYet { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string Network { get; init; }
    public required string Feeds { get; init; }
    public required string PreviousDay { get; init; }
    public required string NextDay { get; init; }
    public required string Governor { get; init; }
    public required string NoStoryYet { get; init; }
    public required string AnyRubric { get; init; }
    public required string AnyRegion { get; init; }
    public required string AnySource { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string NothingFound { get; init; }
    public required string Menu { get; init; }
    public required string SkipToContent { get; init; }
    public required string FirstReported { get; init; }
    public required Func<long, string> SourceCount { get; init; }
    public required Func<long, string> ArticleCount { get; init; }
    public required Func<long, string> StoryCount { get; init; }

    public static Ui For(string language) => language == "ru" ? Russian : English;

    public static readonly Ui Russian = new()
    {
        Language = "ru", Locale = "ru_RU",
        Latest = "Новое", TopStories = "Главное", LatestArticles = "Последние новости",
        Hour = "Все новости часа", Today = "Все новости на сегодня", Regions = "Регионы", Governors = "Губернаторы России",
        Sources = "Источники", Search = "Поиск", SearchButton = "Найти", MoreNews = "Другие новости", Timeline = "Хронология",
        StorySources = "Кто сообщает", InStory = "Сюжет", Original = "Оригинал", ReadOriginal = "Читать в источнике",
        Rubrics = "Рубрики", Topics = "Темы", Persons = "Персоны", Countries = "Страны", Home = "Главная",
        Newer = "← Новее", Older = "Раньше →", Page = "Страница",
        NothingYet = "Пока здесь нет новостей: источники опрашиваются.",
        NotFoundTitle = "Страница не найдена", NotFoundText = "Такой страницы нет: возможно, ссылка устарела или в ней опечатка.",
        ErrorTitle = "Что-то пошло не так", ErrorText = "Страница не открылась из-за ошибки на сервере. Попробуйте обновить её через минуту.",
        Network = "Сайты сети", Feeds = "Подписаться", PreviousDay = "← Предыдущий день", NextDay = "Следующий день →",
        Governor = "губернатор", NoStoryYet = "новостей пока нет",
        AnyRubric = "Все рубрики", AnyRegion = "Все регионы", AnySource = "Все источники", From = "С", To = "По",
        NothingFound = "Ничего не найдено. Попробуйте другие слова или уберите фильтры.",
        Menu = "Разделы", SkipToContent = "К содержанию", FirstReported = "первым сообщил",
        SourceCount = n => RussianPlural.Count(n, "источник", "источника", "источников"),
        ArticleCount = n => RussianPlural.Count(n, "публикация", "публикации", "публикаций"),
        StoryCount = n => RussianPlural.Count(n, "сюжет", "сюжета", "сюжетов"),
    };

    public static readonly Ui English = new()
    {
        Language = "en", Locale = "en_US",
        Latest = "Latest", TopStories = "Top stories", LatestArticles = "Latest news",
        Hour = "News this hour", Today = "Today's news", Regions = "Regions", Governors = "Russia's governors",
        Sources = "Sources", Search = "Search", SearchButton = "Search", MoreNews = "More news", Timeline = "Timeline",
        StorySources = "Reported by", InStory = "Story", Original = "Original", ReadOriginal = "Read at the source",
        Rubrics = "Sections", Topics = "Topics", Persons = "People", Countries = "Countries", Home = "Home",
        Newer = "← Newer", Older = "Older →", Page = "Page",
        NothingYet = "No news here yet: the sources are being collected.",
        NotFoundTitle = "Page not found", NotFoundText = "There is no such page: the link may be old or mistyped.",
        ErrorTitle = "Something went wrong", ErrorText = "The page failed because of a server error. Please try again in a minute.",
        Network = "Our sites", Feeds = "Subscribe", PreviousDay = "← Previous day", NextDay = "Next day →",
        Governor = "governor", NoStoryYet = "no news yet",
        AnyRubric = "All sections", AnyRegion = "All regions", AnySource = "All sources", From = "From", To = "To",
        NothingFound = "Nothing found. Try other words or fewer filters.",
        Menu = "Sections", SkipToContent = "Skip to content", FirstReported = "first reported",
        SourceCount = n => n == 1 ? "1 source" : $"{n} sources",
        ArticleCount = n => n == 1 ? "1 article" : $"{n} articles",
        StoryCount = n => n == 1 ? "1 story" : $"{n} stories",
    };
}
