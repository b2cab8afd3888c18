namespace Svodka.Submissions;

/// <summary>The words of «Добавить новость» in the site's language.</summary>
public sealed record SubmissionWords
{
    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public required string Link { get; init; }
    public required string Region { get; init; }
    public required string Rubric { get; init; }
    public required string Contact { get; init; }
    public required string ContactHint { get; init; }
    public required string ChooseRegion { get; init; }
    public required string ChooseRubric { get; init; }
    public required string Send { get; init; }
    public required string Thanks { get; init; }
    public required string ThanksText { get; init; }
    public required string TitleTooShort { get; init; }
    public required string TitleTooLong { get; init; }
    public required string TextTooShort { get; init; }
    public required string TextTooLong { get; init; }
    public required string LinkInvalid { get; init; }
    public required string RegionMissing { get; init; }
    public required string RubricMissing { get; init; }
    public required string ContactTooLong { get; init; }
    public required string Duplicate { get; init; }
    public required string DuplicateLink { get; init; }
    public required string Robot { get; init; }
    public required string FixErrors { get; init; }
    public required string ExpiredTitle { get; init; }
    public required string ExpiredText { get; init; }
    public required string TooManyTitle { get; init; }
    public required string TooManyText { get; init; }
    public required string FromReader { get; init; }
    public required string AddNews { get; init; }

    public static SubmissionWords For(string language) => language == "ru" ? Russian : English;

    public static readonly SubmissionWords Russian = new()
    {
        Heading = "Добавить новость",
        Intro = "Расскажите о событии: редакция проверит новость и опубликует её с пометкой «Новость от читателя».",
        Title = "Заголовок", Text = "Текст новости", Link = "Ссылка на источник", Region = "Регион", Rubric = "Рубрика",
        Contact = "Как с вами связаться", ContactHint = "необязательно; видит только редакция",
        ChooseRegion = "Выберите регион", ChooseRubric = "Выберите рубрику", Send = "Отправить",
        Thanks = "Спасибо, новость отправлена",
        ThanksText = "Редакция проверит её и опубликует, если она подойдёт. Обычно это занимает несколько часов.",
        TitleTooShort = "Заголовок слишком короткий: нужно хотя бы 10 знаков.",
        TitleTooLong = "Заголовок слишком длинный: не больше 300 знаков.",
        TextTooShort = "Текст слишком короткий: нужно хотя бы 50 знаков.",
        TextTooLong = "Текст слишком длинный: не больше 20 000 знаков.",
        LinkInvalid = "Нужна ссылка, начинающаяся с http:// или https://.",
        RegionMissing = "Выберите регион из списка.", RubricMissing = "Выберите рубрику из списка.",
        ContactTooLong = "Слишком длинно: не больше 200 знаков.",
        Duplicate = "Такая новость уже есть на сайте или ждёт проверки.", DuplicateLink = "Открыть новость",
        Robot = "Форма заполнена автоматически и не отправлена. Если вы человек, оставьте скрытое поле пустым.",
        FixErrors = "Исправьте отмеченные поля.",
        ExpiredTitle = "Форма устарела", ExpiredText = "Форма устарела или пришла не с этого сайта. Откройте её заново и отправьте ещё раз.",
        TooManyTitle = "Слишком много запросов", TooManyText = "С вашего адреса отправлено слишком много форм. Попробуйте позже.",
        FromReader = "Новость от читателя", AddNews = "Добавить новость",
    };

    public static readonly SubmissionWords English = new()
    {
        Heading = "Submit news",
        Intro = "Tell us about an event: the editors check it and publish it marked as a reader's submission.",
        Title = "Headline", Text = "Text", Link = "Source link", Region = "Region", Rubric = "Section",
        Contact = "How to reach you", ContactHint = "optional; only the editors see it",
        ChooseRegion = "Choose a region", ChooseRubric = "Choose a section", Send = "Send",
        Thanks = "Thank you, your news has been sent",
        ThanksText = "The editors will check it and publish it if it fits. This usually takes a few hours.",
        TitleTooShort = "The headline is too short: at least 10 characters.",
        TitleTooLong = "The headline is too long: 300 characters at most.",
        TextTooShort = "The text is too short: at least 50 characters.",
        TextTooLong = "The text is too long: 20,000 characters at most.",
        LinkInvalid = "A link starting with http:// or https:// is needed.",
        RegionMissing = "Choose a region from the list.", RubricMissing = "Choose a section from the list.",
        ContactTooLong = "Too long: 200 characters at most.",
        Duplicate = "This news is already on the site or waiting for review.", DuplicateLink = "Open it",
        Robot = "The form was filled in automatically and was not sent. If you are a person, leave the hidden field empty.",
        FixErrors = "Please correct the marked fields.",
        ExpiredTitle = "The form has expired", ExpiredText = "The form has expired or did not come from this site. Open it again and resend.",
        TooManyTitle = "Too many requests", TooManyText = "Too many forms were sent from your address. Please try later.",
        FromReader = "Reader's submission", AddNews = "Submit news",
    };
}
