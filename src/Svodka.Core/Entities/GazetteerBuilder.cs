using System.Collections.Frozen;
using Svodka.Core.Text;

namespace Svodka.Core.Entities;

/// <summary>
/// Turns the three gazetteer files into records and name patterns: case forms by <see cref="RussianDeclension"/>,
/// irregular forms from the files, person entries for governors and heads the person file does not list.
/// </summary>
internal sealed class GazetteerBuilder
{
    private static readonly FrozenSet<string> MaleNamesInA =
        new[] { "никита", "илья", "фома", "лука", "кузьма", "савва", "данила", "гаврила", "муса", "иса", "ата" }.ToFrozenSet();
    /// <summary>Name words that are particles, not names: «бен», «аль», «фон», «да».</summary>
    private static readonly FrozenSet<string> Particles =
        new[] { "бен", "ибн", "аль", "ас", "аш", "ад", "эль", "фон", "дер", "де", "да", "ди", "ван", "дос", "ла", "ле" }.ToFrozenSet();

    private readonly List<Region> _regions = [];
    private readonly List<Country> _countries = [];
    private readonly List<Person> _persons = [];
    private readonly Dictionary<string, PersonRow> _personRowsByName = new(StringComparer.Ordinal);
    private readonly List<NamePattern> _patterns = [];
    private readonly Dictionary<string, PersonCues> _cues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personSlugs = new(StringComparer.Ordinal);

    private sealed record PersonRow(string Slug, string NameRu, string? NameEn, string? Role, string? Country, string? Region,
        string? Surname, string[] Forms, bool Alone);

    public void ReadPersons(TextReader reader)
    {
        foreach (var row in TsvTable.Read(reader, "persons.tsv", "slug", "name_ru"))
        {
            var name = row.Required("name_ru");
            var person = new PersonRow(row.Required("slug"), name, row.Optional("name_en"), row.Optional("role_ru"),
                row.Optional("country"), row.Optional("region"), row["surname_ru"] is { Length: > 0 } s ? s : null,
                row.List("forms_ru"), !string.Equals(row.Optional("alone"), "no", StringComparison.OrdinalIgnoreCase));
            _personRowsByName[Key(name)] = person;
        }
    }

    public void ReadRegions(TextReader reader)
    {
        foreach (var row in TsvTable.Read(reader, "regions.tsv", "slug", "name_ru", "name_en", "forms_ru", "district", "capital_ru", "governor_ru"))
        {
            var slug = row.Required("slug");
            var name = row.Required("name_ru");
            var capitals = row.List("capital_ru");
            var governor = row.Optional("governor_ru");
            _regions.Add(new Region(slug, name, row.Required("name_en"), row.Required("district"),
                capitals.Select(c => c.TrimStart('?')).Distinct().ToList(), governor)
            {
                OtherNamesRu = NameVariants(name).Skip(1).Concat(row.List("forms_ru")).Distinct().ToList(),
            });
            foreach (var variant in NameVariants(name).Concat(row.List("forms_ru")))
                AddPlace(EntityKind.Region, slug, MentionKind.Name, variant);
            foreach (var capital in capitals)
                AddPlace(EntityKind.Region, slug, MentionKind.Capital, capital);
            if (governor is not null) AddPerson(governor, "губернатор", "russia", slug, impliesPlace: true);
        }
    }

    public void ReadCountries(TextReader reader)
    {
        foreach (var row in TsvTable.Read(reader, "countries.tsv", "slug", "iso", "name_ru", "name_en", "forms_ru", "adjective_ru", "capital_ru", "head_of_state_ru", "head_of_government_ru"))
        {
            var slug = row.Required("slug");
            var name = row.Required("name_ru");
            var forms = row.List("forms_ru");
            var capitals = row.List("capital_ru");
            var head = row.Optional("head_of_state_ru");
            var government = row.Optional("head_of_government_ru");
            _countries.Add(new Country(slug, row.Required("iso"), name, row.Required("name_en"),
                capitals.Select(c => c.TrimStart('?')).Distinct().ToList(), head, government)
            {
                OtherNamesRu = forms.Select(f => f.TrimStart('?')).Where(f => f != name).Distinct().ToList(),
            });

            // A '?' form equal to the name marks the name itself as ambiguous (Того, Чад).
            var ambiguousName = forms.Any(f => f.StartsWith('?') && f[1..] == name);
            foreach (var variant in NameVariants(name))
                AddPlace(EntityKind.Country, slug, MentionKind.Name, ambiguousName ? "?" + variant : variant);
            foreach (var form in forms.Where(f => f.TrimStart('?') != name))
                AddPlace(EntityKind.Country, slug, MentionKind.Name, form);
            foreach (var capital in capitals)
                AddPlace(EntityKind.Country, slug, MentionKind.Capital, capital);
            foreach (var adjective in row.List("adjective_ru"))
            {
                var folded = TextNormalizer.FoldCase(adjective);
                _patterns.Add(new NamePattern(EntityKind.Country, slug, MentionKind.Adjective,
                    [RussianDeclension.AdjectiveAllGenders(folded).ToFrozenSet(StringComparer.Ordinal)], [false], false));
            }
            if (head is not null) AddPerson(head, "глава государства", slug, null, impliesPlace: true);
            if (government is not null) AddPerson(government, "глава правительства", slug, null, impliesPlace: true);
        }
    }

    public Gazetteer Build(Func<List<Region>, List<Country>, List<Person>, List<NamePattern>, Dictionary<string, PersonCues>, Gazetteer> create)
    {
        // People the person file lists but no region or country names (ministers, speakers…).
        foreach (var row in _personRowsByName.Values.ToList())
            AddPerson(row.NameRu, row.Role ?? "", row.Country, row.Region, impliesPlace: row.Region is not null);
        return create(_regions, _countries, _persons, _patterns, _cues);
    }

    /// <summary>«Республика Саха (Якутия)» → «Республика Саха», «Якутия»; «… округ — Югра» → both parts.</summary>
    private static IEnumerable<string> NameVariants(string name)
    {
        var normalized = TextNormalizer.Normalize(name);
        var open = normalized.IndexOf('(');
        if (open > 0)
        {
            var close = normalized.IndexOf(')', open);
            yield return normalized[..open].Trim();
            if (close > open) yield return normalized[(open + 1)..close].Trim();
            yield break;
        }
        var parts = normalized.Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var part in parts) yield return part;
    }

    private void AddPlace(EntityKind kind, string slug, MentionKind how, string name)
    {
        var ambiguous = name.StartsWith('?');
        var words = Gazetteer.Words(name.TrimStart('?'));
        if (words.Count == 0) return;
        var slots = new FrozenSet<string>?[words.Count];
        var capitalized = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var (folded, isCapital) = words[i];
            capitalized[i] = isCapital;
            var isAcronym = name.Length > 1 && words[i].Folded.Length <= 5 && TokenIsAllCaps(name, folded);
            IEnumerable<string> forms = isAcronym ? [folded] : RussianDeclension.PlaceWord(folded);
            forms = folded switch
            {
                "область" => forms.Concat(["обл", "обл."]),
                "республика" => forms.Concat(["респ", "респ."]),
                _ => forms,
            };
            slots[i] = forms.ToFrozenSet(StringComparer.Ordinal);
        }
        _patterns.Add(new NamePattern(kind, slug, how, slots, capitalized, ambiguous));
    }

    private static bool TokenIsAllCaps(string name, string folded)
    {
        foreach (var token in Tokenizer.Tokenize(TextNormalizer.Normalize(name)))
            if (TextNormalizer.FoldCase(token.Text) == folded)
                return token.Kind == TokenKind.Abbreviation;
        return false;
    }

    /// <summary>Adds a person once (by name): from persons.tsv when it has them, else from what the caller knows.</summary>
    private void AddPerson(string nameRu, string role, string? country, string? region, bool impliesPlace)
    {
        var key = Key(nameRu);
        _personRowsByName.Remove(key, out var row);
        var slug = row?.Slug ?? Transliteration.Slug(nameRu);
        if (!_personSlugs.Add(slug)) return;

        var person = new Person(slug, nameRu, row?.NameEn ?? Transliteration.Name(nameRu), row?.Role ?? role,
            row?.Country ?? country, row?.Region ?? region);
        _persons.Add(person);

        var words = Gazetteer.Words(nameRu);
        if (words.Count < 2) return; // a single name («Нарухито», «Филипп») is too bare to match safely
        var first = words[0].Folded;
        var female = (first.EndsWith('а') || first.EndsWith('я')) && !MaleNamesInA.Contains(first);
        var irregular = (row?.Forms ?? []).Select(TextNormalizer.FoldCase).ToList();

        // Full name: first name (declined), middle words as written, surname (declined).
        var slots = new List<FrozenSet<string>?>();
        var caps = new List<bool>();
        for (var i = 0; i < words.Count; i++)
        {
            var (folded, isCapital) = words[i];
            IEnumerable<string> forms = i == 0 ? RussianDeclension.FirstName(folded)
                : i == words.Count - 1 && !IsRoman(folded) ? RussianDeclension.Surname(folded, female).Concat(irregular)
                : Particles.Contains(folded) || IsRoman(folded) ? [folded]
                : RussianDeclension.FirstName(folded);
            slots.Add(forms.ToFrozenSet(StringComparer.Ordinal));
            caps.Add(isCapital);
        }
        _patterns.Add(new NamePattern(EntityKind.Person, slug, MentionKind.FullName, [.. slots], [.. caps], false));
        if (words.Count == 2)
        {
            // «Александр Григорьевич Лукашенко»: the patronymic between.
            _patterns.Add(new NamePattern(EntityKind.Person, slug, MentionKind.FullName, [slots[0], null, slots[1]], [true, true, caps[1]], false));
        }

        var surname = row?.Surname;
        var alone = row?.Alone ?? true;
        var hasParticleOrNumeral = words.Any(w => Particles.Contains(w.Folded) || IsRoman(w.Folded));
        if (surname is null && (words.Count > 2 || hasParticleOrNumeral)) surname = "-";
        if (surname != "-")
        {
            var surnameWords = surname is null ? [words[^1]] : Gazetteer.Words(surname);
            var surnameSlots = surnameWords.Select((w, i) => (i == surnameWords.Count - 1
                ? RussianDeclension.Surname(w.Folded, female).Concat(irregular)
                : (IEnumerable<string>)[w.Folded]).ToFrozenSet(StringComparer.Ordinal)).ToArray<FrozenSet<string>?>();
            _patterns.Add(new NamePattern(EntityKind.Person, slug, MentionKind.Surname, surnameSlots,
                surnameWords.Select(w => w.Capitalized).ToArray(), false));
        }
        _cues[slug] = new PersonCues(slots[0]!, char.ToUpperInvariant(words[0].Folded[0]), person.CountrySlug, person.RegionSlug, alone, impliesPlace);
    }

    private static bool IsRoman(string folded) => folded.Length > 0 && folded.All(c => c is 'i' or 'v' or 'x' or 'l');

    private static string Key(string name) => TextNormalizer.FoldCase(TextNormalizer.Normalize(name));
}
