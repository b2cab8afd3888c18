namespace Svodka.Bench.Stories.Corpus;

/// <summary>The word lists the synthetic events are filled from (Russian with the case forms the templates need, and English).</summary>
internal static class CorpusWords
{
    /// <summary>Russian cities: nominative, prepositional (в …), genitive (из …).</summary>
    public static readonly (string Nom, string Prep, string Gen)[] RuCities =
    [
        ("Владимир", "Владимире", "Владимира"), ("Иваново", "Иванове", "Иванова"), ("Кострома", "Костроме", "Костромы"), ("Вологда", "Вологде", "Вологды"),
        ("Белгород", "Белгороде", "Белгорода"), ("Орёл", "Орле", "Орла"), ("Тамбов", "Тамбове", "Тамбова"), ("Ульяновск", "Ульяновске", "Ульяновска"),
        ("Чебоксары", "Чебоксарах", "Чебоксар"), ("Ижевск", "Ижевске", "Ижевска"), ("Сургут", "Сургуте", "Сургута"), ("Курган", "Кургане", "Кургана"),
        ("Абакан", "Абакане", "Абакана"), ("Якутск", "Якутске", "Якутска"), ("Магадан", "Магадане", "Магадана"), ("Норильск", "Норильске", "Норильска"),
        ("Петрозаводск", "Петрозаводске", "Петрозаводска"), ("Сыктывкар", "Сыктывкаре", "Сыктывкара"), ("Нальчик", "Нальчике", "Нальчика"), ("Махачкала", "Махачкале", "Махачкалы"),
        ("Москва", "Москве", "Москвы"), ("Казань", "Казани", "Казани"), ("Омск", "Омске", "Омска"), ("Томск", "Томске", "Томска"),
        ("Самара", "Самаре", "Самары"), ("Пермь", "Перми", "Перми"), ("Уфа", "Уфе", "Уфы"), ("Тула", "Туле", "Тулы"),
        ("Курск", "Курске", "Курска"), ("Брянск", "Брянске", "Брянска"), ("Иркутск", "Иркутске", "Иркутска"), ("Чита", "Чите", "Читы"),
        ("Воронеж", "Воронеже", "Воронежа"), ("Саратов", "Саратове", "Саратова"), ("Тверь", "Твери", "Твери"), ("Калуга", "Калуге", "Калуги"),
        ("Челябинск", "Челябинске", "Челябинска"), ("Новосибирск", "Новосибирске", "Новосибирска"), ("Екатеринбург", "Екатеринбурге", "Екатеринбурга"),
        ("Краснодар", "Краснодаре", "Краснодара"), ("Ростов-на-Дону", "Ростове-на-Дону", "Ростова-на-Дону"), ("Волгоград", "Волгограде", "Волгограда"),
        ("Ярославль", "Ярославле", "Ярославля"), ("Владивосток", "Владивостоке", "Владивостока"), ("Хабаровск", "Хабаровске", "Хабаровска"),
        ("Барнаул", "Барнауле", "Барнаула"), ("Кемерово", "Кемерове", "Кемерова"), ("Рязань", "Рязани", "Рязани"), ("Липецк", "Липецке", "Липецка"),
        ("Пенза", "Пензе", "Пензы"), ("Сочи", "Сочи", "Сочи"), ("Мурманск", "Мурманске", "Мурманска"), ("Архангельск", "Архангельске", "Архангельска"),
        ("Тюмень", "Тюмени", "Тюмени"), ("Оренбург", "Оренбурге", "Оренбурга"), ("Смоленск", "Смоленске", "Смоленска"), ("Псков", "Пскове", "Пскова"),
        ("Калининград", "Калининграде", "Калининграда"), ("Астрахань", "Астрахани", "Астрахани"), ("Киров", "Кирове", "Кирова"),
    ];

    public static readonly string[] RuFirstNames =
        ["Иван", "Сергей", "Алексей", "Дмитрий", "Андрей", "Михаил", "Николай", "Павел", "Олег", "Игорь", "Виктор", "Юрий", "Роман", "Денис", "Артём", "Максим", "Евгений", "Владимир", "Борис", "Григорий"];

    public static readonly string[] RuSurnames =
        ["Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов",
         "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин"];

    public static readonly string[] RuRoles = ["губернатор", "мэр", "министр", "глава региона", "депутат", "прокурор", "директор", "председатель комитета"];

    public static readonly string[] RuOrgs = ["МЧС", "МВД", "ФАС", "Минздрав", "Минфин", "Росстат", "Роспотребнадзор", "Ростех", "ЦБ", "СК", "Генпрокуратура", "Минтранс", "Минпромторг", "РЖД", "Аэрофлот"];

    public static readonly string[] RuCompanies =
    [
        "Северсталь", "Норникель", "Лукойл", "Газпром нефть", "Сбер", "Яндекс", "ВТБ", "МТС", "Ростелеком", "Магнит", "Полюс", "Аэрофлот", "Татнефть", "Новатэк", "Русал",
        .. Combine(["Сибирь", "Урал", "Волга", "Дон", "Север", "Восток", "Балтика", "Алтай", "Кама", "Ока", "Енисей", "Амур"], ["нефть", "строй", "банк", "транс", "энерго", "хим", "агро", "металл", "газ", "телеком"], ""),
    ];

    public static readonly string[] RuTeams = ["Спартак", "ЦСКА", "Зенит", "Локомотив", "Динамо", "Краснодар", "Рубин", "Ахмат", "Сочи", "Урал", "Ростов", "Крылья Советов", "Ак Барс", "СКА", "Авангард", "Металлург"];

    public static readonly string[] RuProducts = ["смартфон", "ноутбук", "планшет", "электромобиль", "умную колонку", "браузер", "мессенджер", "игровую приставку", "спутник", "нейросеть"];

    public static readonly string[] RuFilms =
        Combine(["Северный", "Последний", "Тихий", "Белый", "Седьмой", "Золотой", "Долгий", "Чёрный", "Зимний", "Летний", "Дальний", "Старый", "Новый", "Высокий", "Горький"],
            ["ветер", "рубеж", "горизонт", "город", "берег", "маяк", "поезд", "рейс", "сезон", "свет", "путь", "шторм", "перевал", "остров", "след"], " ");

    public static readonly string[] RuOutlets =
        ["РИА Новости", "ТАСС", "Интерфакс", "РБК", "Коммерсантъ", "Известия", "Газета.ru", "Лента.ру", "Российская газета", "Ведомости", "МК", "КП", "АиФ", "Фонтанка", "Znak", "Регнум", "ФедералПресс", "Подъём", "Вести", "НТВ",
         "Мел", "E1", "NGS", "URA.RU", "59.ru", "V1", "63.ru", "Новые Известия", "Свободная пресса", "Царьград"];

    public static readonly string[] EnCities =
        ["London", "Manchester", "Leeds", "Glasgow", "Dublin", "New York", "Chicago", "Boston", "Seattle", "Denver", "Toronto", "Sydney", "Melbourne", "Auckland", "Mumbai", "Delhi", "Lagos", "Nairobi", "Singapore", "Hong Kong",
         "Houston", "Phoenix", "Atlanta", "Miami", "Dallas", "Austin", "Detroit", "Portland", "Cardiff", "Belfast"];

    public static readonly string[] EnFirstNames = ["John", "Michael", "David", "James", "Robert", "Sarah", "Emma", "Laura", "Daniel", "Peter", "Mark", "Anna", "Thomas", "Jessica", "Richard", "Helen", "Paul", "Kevin", "Rachel", "Simon"];

    public static readonly string[] EnSurnames =
        ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Anderson", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
         "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins"];

    public static readonly string[] EnRoles = ["mayor", "governor", "minister", "senator", "chief executive", "police chief", "health secretary", "chairman"];

    public static readonly string[] EnCompanies =
    [
        "Apple", "Google", "Microsoft", "Amazon", "Tesla", "Netflix", "Samsung", "Sony", "Intel", "Nvidia", "Uber", "Boeing", "Airbus", "Shell", "BP",
        .. Combine(["North", "Blue", "Atlas", "Summit", "Apex", "Nova", "Vertex", "Harbor", "Pioneer", "Crown"], ["Energy", "Motors", "Bank", "Labs", "Foods", "Air", "Pharma", "Systems", "Media", "Mining"], " "),
    ];

    public static readonly string[] EnFilms =
        Combine(["The Last", "The Silent", "The Northern", "The Hidden", "The Broken", "The Golden", "The Long", "The Dark", "The Winter", "The Distant", "The Lost", "The Bitter"],
            ["Wind", "Harbour", "Horizon", "City", "Road", "Summer", "Shore", "Lighthouse", "Train", "Storm", "Island", "Trail"], " ");

    private static string[] Combine(string[] first, string[] second, string glue) =>
        first.SelectMany(a => second.Select(b => a + glue + b)).ToArray();

    public static readonly string[] EnTeams = ["Arsenal", "Chelsea", "Liverpool", "Everton", "Celtic", "Rangers", "Lakers", "Celtics", "Yankees", "Red Sox", "Leeds United", "Aston Villa", "Newcastle", "Brighton", "Wolves", "Fulham"];

    public static readonly string[] EnProducts = ["smartphone", "laptop", "tablet", "electric car", "smart speaker", "browser", "messaging app", "game console", "satellite", "chatbot"];

    public static readonly string[] EnOutlets =
        ["Reuters", "AP News", "BBC News", "The Guardian", "The Independent", "Sky News", "CNN", "Fox News", "NBC News", "CBS News", "The Telegraph", "Daily Mail", "Mirror", "Evening Standard", "USA Today",
         "The Hill", "Bloomberg", "CNBC", "Forbes", "Business Insider", "The Verge", "TechCrunch", "Engadget", "ESPN", "Sky Sports", "Variety", "Deadline", "Hindustan Times", "Times of India", "ABC News"];
}
