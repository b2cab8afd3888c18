using System.Text.RegularExpressions;

namespace Svodka.Core.Classify;

/// <summary>
/// Kinds of text that are never news and announce themselves in so many words: horoscopes, recipes, the
/// weather of a given day, holiday calendars, quizzes and puzzles, how-tos, explainers («Что такое …»), numbered
/// listicles («5 ударов по здоровью, которые …»), advertising.
/// A rule fires on wording only such texts use, so it can overrule the model; everything subtler (an
/// explainer, an essay, a history piece) is left to the trained model. A weather warning or a storm is an
/// event and stays news: only "погода на 5 ноября" / "weather forecast for tomorrow" shapes are caught.
/// </summary>
public static partial class NotNewsRules
{
    /// <summary>The rule that says this is not news, or null. Russian and English rules both run: a title matches only its own.</summary>
    public static string? Match(string? title, string? text)
    {
        var t = Text.TextNormalizer.Normalize(title);
        if (t.Length > 0)
        {
            if (HoroscopeRegex().IsMatch(t)) return "horoscope";
            if (RecipeRegex().IsMatch(t)) return "recipe";
            if (DailyWeatherRegex().IsMatch(t)) return "weather forecast";
            if (CalendarRegex().IsMatch(t)) return "calendar";
            if (PuzzleRegex().IsMatch(t)) return "quiz or puzzle";
            if (HowToRegex().IsMatch(t)) return "how-to";
            if (ExplainerRegex().IsMatch(t)) return "explainer";
            if (ListicleRegex().IsMatch(t)) return "listicle";
            if (ShoppingRegex().IsMatch(t)) return "shopping";
        }
        if (!string.IsNullOrEmpty(text) && AdvertisingRegex().IsMatch(text)) return "advertising";
        return null;
    }

    [GeneratedRegex(@"\b(гороскоп\w*|астропрогноз\w*|лунн\w+ календар\w*|сонник\w*|знак\w* зодиака|horoscopes?|zodiac signs?|astrology|tarot)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HoroscopeRegex();

    [GeneratedRegex(@"\b(рецепт\w*|как приготовить|recipes?|how to (make|cook|bake))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecipeRegex();

    [GeneratedRegex(@"^(погода|прогноз погоды)\b.{0,60}\bна (\d{1,2} (январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|завтра|сегодня|выходные|неделю)|\bweather forecast (for )?(today|tomorrow|tonight|the weekend|this weekend|\w+day)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DailyWeatherRegex();

    [GeneratedRegex(@"\b(какой (сегодня )?праздник|календарь праздников|именины|народные приметы|приметы на|что нельзя делать (сегодня|в этот день))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CalendarRegex();

    [GeneratedRegex(@"^(тест|quiz)\s*[:.!]|\b(викторин\w*|кроссворд\w*|судоку|sudoku|crosswords?|wordle|пройдите тест|take (the|our) quiz)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PuzzleRegex();

    [GeneratedRegex(@"^(как (правильно|выбрать|избавиться|похудеть|научиться|ухаживать|сэкономить)|how to(?! (fix|save) (the|our|america|britain|europe)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HowToRegex();

    /// <summary>«Что такое …», «Что нужно знать о …»: an encyclopaedic piece. In tgcontest-extra's headlines all 5 such titles are not news.</summary>
    [GeneratedRegex(@"^(что такое|что (нужно|надо|важно) знать|вс[её],? что (нужно|надо) знать)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplainerRegex();

    [GeneratedRegex(@"^(топ[- ]?\d+|\d{1,2} (лучших|способов|советов|причин|правил|вещей|мест|фильмов|книг|сериалов|продуктов|ошибок|признаков|идей|фактов|привычек)|(the )?(top )?\d{1,2} (best|ways|things|tips|reasons|places|foods|movies|films|books|shows|games|signs|steps|mistakes|tricks|ideas|products|gifts|habits))\b|^\d{1,2} \w+(,| -) (которые|которых|что|как|без которых)\b|^\d{1,2} [\w-]+( [\w-]+){1,4},? (которые|которых|без которых|о которых)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListicleRegex();

    [GeneratedRegex(@"\b(best .{1,40} deals|deals of the (day|week)|gift guide|buying guide|промокод\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShoppingRegex();

    [GeneratedRegex(@"\b(на правах рекламы|партн[её]рский материал|реклама\.? 16\+|sponsored content|paid (post|partnership)|this (post|article) is sponsored|advertorial|we may earn (a|an affiliate) commission)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdvertisingRegex();
}
