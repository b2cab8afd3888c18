namespace Svodka.Core.Entities;

/// <summary>
/// The case forms of Russian proper names, by rule: enough to recognise «Кошановым», «Собянину»,
/// «Владимирской области», «Подмосковья», «в Минске» without listing them. Forms are folded (lower case,
/// ё→е). A rule may produce a form no one writes (both genders of «-ь» nouns); that costs nothing, while a
/// missing form costs a tag, so the rules lean to more. Fleeting vowels (Орёл → Орла) are not guessed: the
/// gazetteers list those as irregular forms.
/// </summary>
internal static class RussianDeclension
{
    private const string Hushing = "жшчщ";
    private const string VelarOrHushing = "гкхжшчщ";

    /// <summary>Forms of one word of a place name (noun or adjective, singular or plural).</summary>
    public static IEnumerable<string> PlaceWord(string folded)
    {
        if (folded.Contains('-')) return Hyphenated(folded, PlaceWord);
        if (IsAdjective(folded)) return Adjective(folded);
        return Noun(folded, place: true);
    }

    /// <summary>Forms of a first name; gender from its ending (-а/-я female, save Никита, Илья…).</summary>
    public static IEnumerable<string> FirstName(string folded)
    {
        if (folded.Contains('-')) return Hyphenated(folded, FirstName);
        return Noun(folded, place: false);
    }

    /// <summary>Forms of a surname: -ов/-ин (both genders), -ский, -ой, consonant-final foreign names, indeclinable -ко, -о, -и, -ых.</summary>
    public static IEnumerable<string> Surname(string folded, bool female)
    {
        if (folded.Contains('-') && !folded.StartsWith("аш-", StringComparison.Ordinal) && !folded.StartsWith("ас-", StringComparison.Ordinal) && !folded.StartsWith("аль-", StringComparison.Ordinal))
            return Hyphenated(folded, w => Surname(w, female));
        var forms = new List<string> { folded };
        if (EndsWithAny(folded, "ова", "ева", "ина", "ына", "ёва") && folded.Length > 4)
        {
            var stem = folded[..^1];
            forms.AddRange([stem + "ой", stem + "у"]);
            // Could be a man's surname in genitive too: the base form is stem.
            forms.AddRange(OvIn(stem));
            return forms;
        }
        if (EndsWithAny(folded, "ов", "ев", "ин", "ын", "ёв"))
        {
            forms.AddRange(OvIn(folded));
            if (female) forms.AddRange([folded + "а", folded + "ой", folded + "у"]);
            return forms;
        }
        if (EndsWithAny(folded, "ский", "цкий", "ский", "ской", "цкой", "ый", "ий") && folded.Length > 4) return Adjective(folded);
        if (EndsWithAny(folded, "ская", "цкая", "ая")) return Adjective(folded);
        if (EndsWithAny(folded, "ко", "о", "е", "э", "и", "ы", "у", "ю", "ых", "их")) return forms;
        return Noun(folded, place: false, female);
    }

    /// <summary>Forms of a masculine surname in -ов/-ин: -а, -у, -ым, -е; and the plural -ы, -ых.</summary>
    private static IEnumerable<string> OvIn(string stem) =>
        // «-ом» too: foreign names that only look Russian decline as nouns (Цзиньпином, Чаплином).
        [stem, stem + "а", stem + "у", stem + "ым", stem + "ом", stem + "е", stem + "ы", stem + "ых", stem + "ыми"];

    public static bool IsAdjective(string w) =>
        w.Length > 3 && EndsWithAny(w, "ая", "яя", "ий", "ый", "ой", "ое", "ее", "ые", "ие");

    /// <summary>Forms of an adjective in the gender (and number) of the given form.</summary>
    public static IEnumerable<string> Adjective(string w)
    {
        var stem = w[..^2];
        var end = w[^2..];
        var soft = end is "яя" or "ее" || (end == "ий" && !VelarOrHushing.Contains(stem[^1]) && stem[^1] != 'ц' && !stem.EndsWith("ск", StringComparison.Ordinal) && !stem.EndsWith("цк", StringComparison.Ordinal));
        var i = VelarOrHushing.Contains(stem[^1]) || soft ? "и" : "ы";
        var o = soft || Hushing.Contains(stem[^1]) && end is "ий" or "ее" ? "е" : "о";
        return end switch
        {
            "ая" or "яя" => [w, stem + o + "й", stem + (soft ? "юю" : "ую"), stem + o + "ю"],
            "ые" or "ие" => [w, stem + i + "х", stem + i + "м", stem + i + "ми"],
            "ое" or "ее" => [w, stem + o + "го", stem + o + "му", stem + i + "м", stem + o + "м"],
            _ => [w, stem + o + "го", stem + o + "му", stem + i + "м", stem + o + "м"],
        };
    }

    private static IEnumerable<string> Noun(string w, bool place, bool female = false)
    {
        var forms = new List<string> { w };
        if (w.Length < 2) return forms;
        var last = w[^1];
        var stem = w[..^1];
        switch (last)
        {
            case 'а':
                var y = VelarOrHushing.Contains(stem[^1]) ? "и" : "ы";
                var oj = Hushing.Contains(stem[^1]) || stem[^1] == 'ц' ? "ей" : "ой";
                forms.AddRange([stem + y, stem + "е", stem + "у", stem + oj, stem + oj[..1] + "ю"]);
                break;
            case 'я':
                if (stem.EndsWith('и')) forms.AddRange([stem + "и", stem + "ю", stem + "ей"]);
                else forms.AddRange([stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "ею"]);
                break;
            case 'ь':
                // Feminine (Тверь, Кубань, Беларусь) or masculine (Ярославль, Игорь): both sets.
                forms.AddRange([stem + "и", stem + "ью", stem + "я", stem + "ю", stem + "ем", stem + "е"]);
                break;
            case 'й':
                forms.AddRange([stem + "я", stem + "ю", stem + "ем", stem + (stem.EndsWith('и') ? "и" : "е")]);
                break;
            case 'е' when stem.EndsWith('ь') || stem.EndsWith('и'):
                // Подмосковье, Приморье: neuter in -ье/-ие.
                forms.AddRange([stem + "я", stem + "ю", stem + "ем", stem + (stem.EndsWith('и') ? "и" : "е")]);
                break;
            case 'о' when place && w.Length > 4:
                // Иваново, Кемерово: news writes both «в Кемерово» and «в Кемерове».
                forms.AddRange([stem + "а", stem + "у", stem + "ом", stem + "е"]);
                break;
            case 'ы':
                // Plural place names: Нидерланды, Чебоксары, Филиппины.
                forms.AddRange([stem, stem + "ов", stem + "ам", stem + "ами", stem + "ах"]);
                break;
            case 'и' when place && w.Length > 4 && VelarOrHushing.Contains(stem[^1]):
                forms.AddRange([stem, stem + "ов", stem + "ам", stem + "ами", stem + "ах"]);
                break;
            default:
                if (IsVowel(last)) break; // Сочи, Душанбе, Лукашенко, Коми: indeclinable
                if (female) break;        // a woman's foreign surname ending in a consonant does not decline
                var om = Hushing.Contains(last) || last == 'ц' ? "ем" : "ом";
                forms.AddRange([w + "а", w + "у", w + om, w + "е"]);
                break;
        }
        return forms;
    }

    /// <summary>«Ростов-на-Дону» declines its first part, «Йошкар-Ола» its last, «Петропавловск-Камчатский» both.</summary>
    private static IEnumerable<string> Hyphenated(string w, Func<string, IEnumerable<string>> decline)
    {
        var parts = w.Split('-');
        if (parts.Length >= 3 && parts[^2] is "на" or "де" or "ла" or "ле")
        {
            var tail = "-" + string.Join("-", parts[1..]);
            return decline(parts[0]).Select(f => f + tail).Distinct();
        }
        var head = string.Join("-", parts[..^1]) + "-";
        var lastForms = decline(parts[^1]).ToList();
        var forms = lastForms.Select(f => head + f).ToList();
        if (IsAdjective(parts[^1]) && parts.Length == 2)
        {
            // Both parts agree: Петропавловска-Камчатского. Pair the forms by case order.
            var firstForms = Noun(parts[0], place: true).ToList();
            forms.AddRange(firstForms.SelectMany(a => lastForms.Select(b => a + "-" + b)));
        }
        return forms.Distinct();
    }

    private static bool IsVowel(char c) => "аеёиоуыэюя".Contains(c);

    private static bool EndsWithAny(string w, params string[] endings)
    {
        foreach (var e in endings)
            if (w.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Every gender, number and case of an adjective given in the masculine (белорусский → белорусская, белорусских…).</summary>
    internal static IEnumerable<string> AdjectiveAllGenders(string masculine)
    {
        if (!IsAdjective(masculine)) return [masculine];
        var stem = masculine[..^2];
        var velar = VelarOrHushing.Contains(stem[^1]);
        var y = velar ? "и" : "ы";
        return Adjective(masculine)
            .Concat(Adjective(stem + "ая"))
            .Concat(Adjective(stem + "ое"))
            .Concat(Adjective(stem + y + "е"))
            .Distinct();
    }
}
