using static Svodka.Bench.Stories.Corpus.CorpusWords;

namespace Svodka.Bench.Stories.Corpus;

/// <summary>
/// A kind of event (a road accident, quarterly earnings, a match): how to draw one event's facts, and the
/// headlines and sentences outlets write about it, with {slots} for the facts. Many events of one family
/// share most words and differ in places, people and numbers, which is what makes clustering them work.
/// </summary>
internal sealed record EventFamily(string Language, string Category, Func<Random, Dictionary<string, string>> Facts, string[] Titles, string[] Sentences);

internal static class EventFamilies
{
    private static readonly string[] RuMonthsGen = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    private static readonly string[] EnMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly (string Nom, string Gen, string Ins)[] RuVehicles =
        [("автобус", "автобуса", "автобусом"), ("грузовик", "грузовика", "грузовиком"), ("внедорожник", "внедорожника", "внедорожником"), ("микроавтобус", "микроавтобуса", "микроавтобусом"), ("трамвай", "трамвая", "трамваем")];
    private static readonly (string Nom, string Gen)[] RuProductForms =
        [("смартфон", "смартфона"), ("ноутбук", "ноутбука"), ("планшет", "планшета"), ("электромобиль", "электромобиля"), ("браузер", "браузера"), ("спутник", "спутника"), ("робот", "робота"), ("процессор", "процессора")];
    private static readonly string[] RuFindings = ["новый вид бактерий", "древнее поселение", "способ ранней диагностики рака", "неизвестную ранее звезду", "ген долголетия", "следы воды на астероиде", "новый минерал", "останки мамонта"];
    private static readonly string[] EnFindings = ["a new species of bacteria", "an ancient settlement", "a way to detect cancer early", "a previously unknown star", "a longevity gene", "traces of water on an asteroid", "a new mineral", "the remains of a mammoth"];
    private static readonly string[] RuDecisions = ["ввести режим ЧС", "отменить массовые мероприятия", "закрыть школы на карантин", "повысить тарифы на проезд", "построить новый мост", "запретить продажу пиротехники", "продлить ограничения", "открыть новую больницу"];
    private static readonly string[] EnDecisions = ["declare a state of emergency", "cancel public events", "close schools", "raise public transport fares", "build a new bridge", "ban fireworks sales", "extend restrictions", "open a new hospital"];

    public static readonly EventFamily[] All =
    [
        new("ru", "society", r =>
        {
            var city = Pick(r, RuCities);
            var v = Pick(r, RuVehicles);
            return new()
            {
                ["cityPrep"] = city.Prep, ["cityGen"] = city.Gen, ["v"] = v.Nom, ["vGen"] = v.Gen, ["vIns"] = v.Ins,
                ["dead"] = r.Next(2, 10).ToString(), ["hurt"] = r.Next(3, 30).ToString(), ["street"] = Pick(r, RuSurnames) + "а",
                ["day"] = r.Next(1, 29).ToString(), ["month"] = Pick(r, RuMonthsGen),
            };
        },
        [
            "В {cityPrep} {v} столкнулся с грузовиком: погибли {dead} человек",
            "ДТП с {vIns} в {cityPrep}: {dead} погибших, {hurt} пострадавших",
            "{dead} человек погибли в аварии с {vIns} в {cityPrep}",
            "Стали известны подробности аварии с {vIns} в {cityPrep}",
            "Число жертв ДТП в {cityPrep} выросло до {dead}",
        ],
        [
            "Авария произошла {day} {month} утром на улице {street} в {cityPrep}.",
            "По данным МЧС, погибли {dead} человек, ещё {hurt} получили травмы.",
            "Водитель {vGen} не справился с управлением и выехал на встречную полосу.",
            "Пострадавших доставили в городскую больницу {cityGen}.",
            "Водитель {vGen} задержан, возбуждено уголовное дело о нарушении правил дорожного движения.",
            "На месте аварии работают следователи и сотрудники ГИБДД.",
            "Движение на улице {street} временно перекрыто.",
            "Власти {cityGen} пообещали помочь семьям погибших.",
        ]),
        new("ru", "society", r =>
        {
            var city = Pick(r, RuCities);
            return new()
            {
                ["cityPrep"] = city.Prep, ["cityGen"] = city.Gen, ["role"] = Pick(r, RuRoles), ["first"] = Pick(r, RuFirstNames), ["surname"] = Pick(r, RuSurnames),
                ["decision"] = Pick(r, RuDecisions), ["amount"] = r.Next(5, 900).ToString(), ["day"] = r.Next(1, 29).ToString(), ["month"] = Pick(r, RuMonthsGen),
            };
        },
        [
            "Власти {cityGen} решили {decision}",
            "{surname}: в {cityPrep} намерены {decision}",
            "В {cityPrep} с {day} {month} решили {decision}",
            "{role} {cityGen} {surname} объявил о решении {decision}",
        ],
        [
            "{role} {cityGen} {first} {surname} объявил, что власти намерены {decision}.",
            "Решение вступит в силу с {day} {month}.",
            "На эти цели из бюджета {cityGen} выделят {amount} млн рублей.",
            "По словам {surname}а, мера необходима для безопасности жителей.",
            "Жители {cityGen} восприняли новость неоднозначно.",
            "Соответствующее постановление опубликовано на официальном портале {cityGen}.",
            "Ранее в {cityPrep} обсуждали и другие варианты.",
        ]),
        new("ru", "economy", r => new()
        {
            ["company"] = Pick(r, RuCompanies), ["q"] = r.Next(1, 5).ToString(), ["pct"] = r.Next(3, 70).ToString(),
            ["amount"] = r.Next(2, 400).ToString(), ["revenue"] = r.Next(400, 4000).ToString(), ["stock"] = (r.Next(5, 90) / 10.0).ToString("0.0"),
        },
        [
            "Чистая прибыль «{company}» за {q} квартал выросла на {pct}%",
            "«{company}» увеличила прибыль на {pct}%",
            "Прибыль «{company}» достигла {amount} млрд рублей",
            "Акции «{company}» подорожали после отчёта за {q} квартал",
        ],
        [
            "Компания «{company}» отчиталась о результатах за {q} квартал.",
            "Чистая прибыль составила {amount} млрд рублей, что на {pct}% больше, чем годом ранее.",
            "Выручка выросла до {revenue} млрд рублей.",
            "Аналитики ожидали более скромных результатов.",
            "Акции «{company}» на Московской бирже подорожали на {stock}%.",
            "Совет директоров рекомендовал выплатить дивиденды.",
            "В компании объяснили рост прибыли высоким спросом.",
        ]),
        new("ru", "sports", r =>
        {
            var home = Pick(r, RuTeams);
            var away = Pick(r, RuTeams);
            while (away == home) away = Pick(r, RuTeams);
            var a = r.Next(1, 6);
            return new()
            {
                ["t1"] = home, ["t2"] = away, ["a"] = a.ToString(), ["b"] = r.Next(0, a).ToString(), ["first"] = Pick(r, RuFirstNames),
                ["surname"] = Pick(r, RuSurnames), ["cityPrep"] = Pick(r, RuCities).Prep, ["round"] = r.Next(2, 30).ToString(),
            };
        },
        [
            "«{t1}» обыграл «{t2}» со счётом {a}:{b}",
            "«{t1}» одержал победу над «{t2}» в {round}-м туре",
            "{surname} принёс «{t1}» победу над «{t2}»",
            "«{t2}» уступил «{t1}» в матче {round}-го тура",
        ],
        [
            "Матч {round}-го тура прошёл в {cityPrep} и завершился победой «{t1}» со счётом {a}:{b}.",
            "Решающий гол забил {first} {surname}.",
            "«{t2}» потерпел второе поражение подряд.",
            "После этой игры «{t1}» поднялся в верхнюю часть турнирной таблицы.",
            "Главный тренер «{t2}» отказался комментировать результат.",
            "Игру посетили более двадцати тысяч зрителей.",
        ]),
        new("ru", "technology", r =>
        {
            var p = Pick(r, RuProductForms);
            return new()
            {
                ["company"] = Pick(r, RuCompanies), ["p"] = p.Nom, ["pGen"] = p.Gen, ["model"] = $"{(char)('A' + r.Next(26))}{r.Next(1, 99)}",
                ["price"] = (r.Next(10, 300) * 1000).ToString(), ["day"] = r.Next(1, 29).ToString(), ["month"] = Pick(r, RuMonthsGen), ["cityPrep"] = Pick(r, RuCities).Prep,
            };
        },
        [
            "«{company}» представила новый {p} {model}",
            "Стали известны характеристики {pGen} {model} от «{company}»",
            "«{company}» показала {p} {model} за {price} рублей",
        ],
        [
            "Компания «{company}» представила {p} {model}.",
            "Новинка поступит в продажу {day} {month} по цене {price} рублей.",
            "Презентация прошла в {cityPrep}.",
            "Разработчики обещают вдвое большее время автономной работы.",
            "Предзаказ уже открыт на сайте «{company}».",
            "Эксперты называют {p} {model} главным конкурентом зарубежных аналогов.",
        ]),
        new("ru", "science", r =>
        {
            var city = Pick(r, RuCities);
            return new() { ["cityGen"] = city.Gen, ["cityPrep"] = city.Prep, ["finding"] = Pick(r, RuFindings), ["surname"] = Pick(r, RuSurnames), ["first"] = Pick(r, RuFirstNames), ["n"] = r.Next(3, 40).ToString() };
        },
        [
            "Учёные из {cityGen} обнаружили {finding}",
            "В {cityPrep} учёные нашли {finding}",
            "Исследователи из {cityGen} сообщили об открытии",
        ],
        [
            "Учёные университета {cityGen} обнаружили {finding}.",
            "Руководитель группы {first} {surname} рассказал, что работа заняла {n} лет.",
            "Результаты опубликованы в научном журнале.",
            "Открытие может изменить представления о предмете исследования.",
            "В исследовании участвовали {n} специалистов из нескольких институтов.",
        ]),
        new("ru", "entertainment", r => new()
        {
            ["first"] = Pick(r, RuFirstNames), ["surname"] = Pick(r, RuSurnames), ["film"] = Pick(r, RuFilms), ["dir"] = Pick(r, RuSurnames),
            ["cityPrep"] = Pick(r, RuCities).Prep, ["year"] = r.Next(2020, 2027).ToString(),
        },
        [
            "{first} {surname} сыграет главную роль в фильме «{film}»",
            "Стало известно, кто сыграет в фильме «{film}»",
            "Начались съёмки фильма «{film}» с {surname}ым в главной роли",
        ],
        [
            "Главную роль в фильме «{film}» исполнит {first} {surname}.",
            "Режиссёром картины выступит {dir}.",
            "Съёмки пройдут в {cityPrep}.",
            "Премьера фильма «{film}» запланирована на {year} год.",
            "Актёр признался, что давно мечтал о такой роли.",
        ]),
        new("en", "society", r => new()
        {
            ["city"] = Pick(r, EnCities), ["dead"] = r.Next(2, 10).ToString(), ["hurt"] = r.Next(3, 30).ToString(), ["street"] = Pick(r, EnSurnames) + " Street",
            ["vehicle"] = Pick(r, new[] { "bus", "lorry", "van", "tram", "coach" }), ["day"] = r.Next(1, 29).ToString(), ["month"] = Pick(r, EnMonths),
        },
        [
            "{dead} killed as {vehicle} crashes in {city}",
            "{city} {vehicle} crash: {dead} dead and {hurt} injured",
            "Police name victims of {city} {vehicle} crash",
            "Death toll in {city} {vehicle} crash rises to {dead}",
        ],
        [
            "The crash happened on {street} in {city} on {month} {day}.",
            "Police said {dead} people died and {hurt} others were taken to hospital.",
            "The {vehicle} driver was arrested at the scene.",
            "Witnesses said the {vehicle} swerved into oncoming traffic.",
            "{street} remains closed while investigators examine the scene.",
            "The mayor of {city} offered condolences to the families.",
        ]),
        new("en", "economy", r => new()
        {
            ["company"] = Pick(r, EnCompanies), ["q"] = Pick(r, new[] { "first", "second", "third", "fourth" }), ["pct"] = r.Next(3, 70).ToString(),
            ["amount"] = (r.Next(5, 400) / 10.0).ToString("0.0"), ["stock"] = r.Next(2, 15).ToString(),
        },
        [
            "{company} profit jumps {pct}% in {q} quarter",
            "{company} beats forecasts as profit rises {pct}%",
            "{company} shares climb {stock}% after earnings",
        ],
        [
            "{company} reported a {q}-quarter profit of ${amount} billion, up {pct}% from a year earlier.",
            "Shares of {company} rose {stock}% in after-hours trading.",
            "Analysts had expected weaker results.",
            "The company raised its forecast for the full year.",
            "{company} said demand remained strong across its markets.",
        ]),
        new("en", "sports", r =>
        {
            var home = Pick(r, EnTeams);
            var away = Pick(r, EnTeams);
            while (away == home) away = Pick(r, EnTeams);
            var a = r.Next(1, 6);
            return new() { ["t1"] = home, ["t2"] = away, ["a"] = a.ToString(), ["b"] = r.Next(0, a).ToString(), ["scorer"] = Pick(r, EnFirstNames) + " " + Pick(r, EnSurnames), ["city"] = Pick(r, EnCities) };
        },
        [
            "{t1} beat {t2} {a}-{b}",
            "{scorer} fires {t1} past {t2}",
            "{t2} fall to {a}-{b} defeat against {t1}",
        ],
        [
            "{t1} beat {t2} {a}-{b} in {city} on Saturday.",
            "{scorer} scored the decisive goal.",
            "{t2} have now lost two games in a row.",
            "The win lifts {t1} up the table.",
            "The {t2} manager declined to comment after the match.",
        ]),
        new("en", "technology", r => new()
        {
            ["company"] = Pick(r, EnCompanies), ["product"] = Pick(r, EnProducts), ["model"] = $"{(char)('A' + r.Next(26))}{r.Next(1, 99)}",
            ["price"] = r.Next(99, 1999).ToString(), ["month"] = Pick(r, EnMonths), ["day"] = r.Next(1, 29).ToString(),
        },
        [
            "{company} unveils {model} {product}",
            "{company} {model} {product} goes on sale for ${price}",
            "Hands on with the {company} {model}",
        ],
        [
            "{company} has unveiled the {model}, its new {product}.",
            "The {model} goes on sale on {month} {day} for ${price}.",
            "The company promises twice the battery life of the previous model.",
            "Pre-orders are open on the {company} website.",
            "Analysts see the {model} as a rival to competing devices.",
        ]),
        new("en", "science", r => new() { ["city"] = Pick(r, EnCities), ["finding"] = Pick(r, EnFindings), ["lead"] = Pick(r, EnFirstNames) + " " + Pick(r, EnSurnames), ["n"] = r.Next(3, 40).ToString() },
        [
            "Scientists in {city} discover {finding}",
            "Researchers find {finding}",
            "{city} team reports discovery of {finding}",
        ],
        [
            "Scientists at a university in {city} have discovered {finding}.",
            "Lead researcher {lead} said the work took {n} years.",
            "The results were published in a scientific journal.",
            "The discovery could change how scientists think about the field.",
            "{n} specialists from several institutes took part in the study.",
        ]),
        new("en", "entertainment", r => new() { ["actor"] = Pick(r, EnFirstNames) + " " + Pick(r, EnSurnames), ["film"] = Pick(r, EnFilms), ["dir"] = Pick(r, EnSurnames), ["year"] = r.Next(2020, 2027).ToString() },
        [
            "{actor} to star in {film}",
            "{actor} cast as lead in {film}",
            "Filming begins on {film} with {actor}",
        ],
        [
            "{actor} will play the lead role in {film}.",
            "The film will be directed by {dir}.",
            "{film} is scheduled for release in {year}.",
            "The actor said it was a role they had long wanted to play.",
        ]),
    ];

    /// <summary>What one event has that others of its kind do not: a few of these, told by a named witness, in most of its articles.</summary>
    public static readonly string[] RuDetails =
    [
        "работы продлятся до конца недели", "на место прибыли представители прокуратуры", "в соцсетях появились фотографии с места событий",
        "жители давно жаловались на ситуацию", "решение обсуждалось несколько месяцев", "подобного не случалось уже десять лет",
        "к расследованию подключились федеральные эксперты", "очевидцы сняли происходящее на видео", "ситуацию обсудят на заседании правительства",
        "местные предприниматели поддержали инициативу", "часть участников выступила против", "деньги поступят из резервного фонда",
        "в городе усилили меры безопасности", "новость вызвала бурное обсуждение в сети", "итоги подведут через месяц",
        "об этом стало известно поздно вечером", "заявление опубликовали в телеграм-канале", "эксперты называют событие беспрецедентным",
        "проверка продлится не менее двух недель", "на помощь пришли волонтёры", "ранее ведомство отрицало эти сведения",
        "власти пообещали дать официальный комментарий", "проект поддержали депутаты", "после этого акции резко выросли",
        "общественники потребовали провести проверку", "в течение дня ситуация несколько раз менялась", "на брифинге выступил представитель мэрии",
        "документ подписали сразу после совещания", "итог стал неожиданностью для аналитиков", "ранее похожую идею предлагали в соседнем регионе",
    ];

    public static readonly string[] EnDetails =
    [
        "work will continue until the end of the week", "prosecutors arrived at the scene", "photos from the scene spread on social media",
        "residents had complained for years", "the decision had been debated for months", "nothing similar had happened for a decade",
        "federal experts joined the investigation", "witnesses filmed what happened", "the cabinet will discuss the matter",
        "local businesses backed the plan", "some participants opposed it", "the money will come from a reserve fund",
        "security was tightened across the city", "the news sparked a heated debate online", "results will be reviewed in a month",
        "the news broke late in the evening", "the statement was posted on social media", "experts called it unprecedented",
        "the review will take at least two weeks", "volunteers came to help", "the agency had earlier denied the reports",
        "officials promised an official comment", "lawmakers backed the project", "shares jumped soon afterwards",
        "campaigners demanded an inquiry", "the situation changed several times during the day", "a spokesman for the mayor spoke at a briefing",
    ];

    public static readonly string[] RuFiller =
    [
        "Об этом сообщает пресс-служба ведомства.", "Подробности выясняются.", "Ранее сообщалось о похожем случае.",
        "Информацию подтвердили в официальных источниках.", "Ситуация находится на контроле.", "Комментариев пока не поступало.",
    ];

    public static readonly string[] EnFiller =
    [
        "More details are expected later.", "Officials confirmed the information.", "A similar case was reported earlier this year.",
        "The situation is being monitored.", "No further comment was given.",
    ];

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];
}
