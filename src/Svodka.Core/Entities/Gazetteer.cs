using System.Collections.Frozen;
using Svodka.Core.Text;

namespace Svodka.Core.Entities;

/// <summary>
/// Regions, countries and people with every way the text may name them. Loaded once from the three
/// operator-edited files (config/gazetteers/*.tsv; the host opens them) and shared: immutable, thread-safe.
/// </summary>
public sealed class Gazetteer
{
    public IReadOnlyList<Region> Regions { get; }
    public IReadOnlyList<Country> Countries { get; }
    public IReadOnlyList<Person> Persons { get; }

    private readonly FrozenDictionary<string, Region> _regions;
    private readonly FrozenDictionary<string, Country> _countries;
    private readonly FrozenDictionary<string, Person> _persons;

    /// <summary>Patterns by the folded forms of their first slot.</summary>
    internal FrozenDictionary<string, NamePattern[]> PatternsByFirstForm { get; }
    /// <summary>Per person slug: what supports their surname standing alone.</summary>
    internal FrozenDictionary<string, PersonCues> Cues { get; }

    private Gazetteer(List<Region> regions, List<Country> countries, List<Person> persons,
        List<NamePattern> patterns, Dictionary<string, PersonCues> cues)
    {
        Regions = regions;
        Countries = countries;
        Persons = persons;
        _regions = regions.ToFrozenDictionary(r => r.Slug, StringComparer.Ordinal);
        _countries = countries.ToFrozenDictionary(c => c.Slug, StringComparer.Ordinal);
        _persons = persons.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
        PatternsByFirstForm = patterns
            .SelectMany(p => (p.Slots[0] ?? FrozenSet<string>.Empty).Select(form => (form, p)))
            .GroupBy(x => x.form, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.p).Distinct().ToArray(), StringComparer.Ordinal);
        Cues = cues.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public Region? Region(string slug) => _regions.GetValueOrDefault(slug);
    public Country? Country(string slug) => _countries.GetValueOrDefault(slug);
    public Person? Person(string slug) => _persons.GetValueOrDefault(slug);

    /// <summary>Reads regions.tsv, countries.tsv and persons.tsv. Throws <see cref="FormatException"/> naming the file and line.</summary>
    public static Gazetteer Load(TextReader regions, TextReader countries, TextReader persons)
    {
        var builder = new GazetteerBuilder();
        builder.ReadPersons(persons);
        builder.ReadRegions(regions);
        builder.ReadCountries(countries);
        return builder.Build((r, c, p, patterns, cues) => new Gazetteer(r, c, p, patterns, cues));
    }

    /// <summary>The words a name is made of, folded, as the tokenizer splits them.</summary>
    internal static List<(string Folded, bool Capitalized)> Words(string name) =>
        Tokenizer.Tokenize(TextNormalizer.Normalize(name))
            .Select(t => (TextNormalizer.FoldCase(t.Text), t.IsCapitalized))
            .ToList();
}

/// <summary>What supports a surname standing alone: the first name's forms, its initial, the person's places.</summary>
/// <param name="ImpliesPlace">A governor or head of state: naming them points to their region or country.</param>
internal sealed record PersonCues(FrozenSet<string> FirstNameForms, char Initial, string? CountrySlug, string? RegionSlug, bool SurnameAlone, bool ImpliesPlace);
