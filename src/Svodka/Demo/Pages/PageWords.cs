using System.Globalization;

namespace Svodka.Demo.Pages;

/// <summary>The fixed words of an outlet's site furniture (menus, banners, forms) in the outlet's language.</summary>
internal sealed record PageWords
{
    public required CultureInfo Culture { get; init; }
    public required string Home { get; init; }
    public required string ReadAlso { get; init; }
    public required string Popular { get; init; }
    public required string Share { get; init; }
    public required string Comments { get; init; }
    public required string CommentPrompt { get; init; }
    public required string Subscribe { get; init; }
    public required string SubscribeButton { get; init; }
    public required string Cookies { get; init; }
    public required string CookiesButton { get; init; }
    public required string Search { get; init; }
    public required string Latest { get; init; }
    public required string About { get; init; }
    public required string Advertising { get; init; }
    public required string Contacts { get; init; }
    public required string Rights { get; init; }
    public required string NotFound { get; init; }
    public required string[] Sections { get; init; }
    public required (string Name, string Text)[] SampleComments { get; init; }

    public static PageWords For(string language) => language == "en" ? English : Russian;

    public string FormatDate(DateTimeOffset date) => date.ToString("d MMMM yyyy, HH:mm", Culture);

    private static readonly PageWords Russian = new()
    {
        Culture = CultureInfo.GetCultureInfo("ru-RU"),
        Home = "Главная",
        ReadAlso = "Читайте также",
        Popular = "Самое читаемое",
        Share = "Поделиться:",
        Comments = "Комментарии",
        CommentPrompt = "Войдите, чтобы оставить комментарий. Комментарии проходят модерацию.",
        Subscribe = "Подпишитесь на рассылку: главные новости дня — каждое утро в вашей почте.",
        SubscribeButton = "Подписаться",
        Cookies = "Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
        CookiesButton = "Понятно",
        Search = "Поиск по сайту",
        Latest = "Последние новости",
        About = "О редакции",
        Advertising = "Реклама",
        Contacts = "Контакты",
        Rights = "Все права защищены. Использование материалов возможно только со ссылкой на источник. 16+",
        NotFound = "Страница не найдена",
        Sections = ["Новости", "Политика", "Экономика", "Общество", "Спорт", "Культура", "Фото"],
        SampleComments =
        [
            ("Ирина_К", "Спасибо за подробности, в других местах писали гораздо короче."),
            ("Сергей Петрович", "Посмотрим, что будет через полгода. Обещать у нас умеют."),
            ("alex_77", "А можно ссылку на первоисточник?"),
            ("Наталья", "Хорошо, что об этом пишут. Раньше такие новости проходили мимо."),
            ("Виктор М.", "Интересно, кто за это заплатит в итоге."),
            ("volk_sever", "Уже третий раз за месяц об этом читаю, а воз и ныне там."),
        ],
    };

    private static readonly PageWords English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        Home = "Home",
        ReadAlso = "Related stories",
        Popular = "Most read",
        Share = "Share:",
        Comments = "Comments",
        CommentPrompt = "Sign in to join the conversation. Comments are moderated.",
        Subscribe = "Get the morning briefing: the day's essential stories in your inbox.",
        SubscribeButton = "Sign up",
        Cookies = "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
        CookiesButton = "Accept",
        Search = "Search",
        Latest = "Latest news",
        About = "About us",
        Advertising = "Advertise",
        Contacts = "Contact",
        Rights = "All rights reserved.",
        NotFound = "Page not found",
        Sections = ["News", "World", "Business", "Technology", "Science", "Sport", "Culture"],
        SampleComments =
        [
            ("jmarsh", "Useful summary, thanks. The numbers in the third paragraph are the real story."),
            ("OldHand_62", "We have heard promises like this before. Let's see it delivered."),
            ("priya.k", "Does anyone have a link to the original statement?"),
            ("Tom W", "Good to see this covered properly for once."),
        ],
    };
}
