using System.Collections.Frozen;

namespace Svodka.Core.Entities;

/// <summary>
/// Tags an article with the regions, countries and people it names. Names are matched as forms over tokens
/// (so every case counts: «Кошановым», «Собянину», «Владимирской области»); context rules keep out the
/// classic traps: street names («проспект Мира», «улица Кирова»), names that are also common words or first
/// names (the city «Владимир» or «Орёл» only «во Владимире», «г. Орёл»), lower-case words («чили»), quoted
/// team and company names (ФК «Краснодар»), the agency dateline («МОСКВА, 2 окт»). A surname alone counts
/// when one person here has it and the article supports them. Thread-safe: the gazetteer is immutable.
/// </summary>
public sealed class EntityTagger(Gazetteer gazetteer)
{
    /// <summary>Tags below this confidence are left out of <see cref="Tag"/>'s result.</summary>
    public double MinConfidence { get; init; } = 0.5;

    private const double NameWeight = 0.85;
    private const double CapitalWeight = 0.6;
    private const double AdjectiveWeight = 0.25;
    private const double FullNameWeight = 0.95;
    private const double SurnameWeight = 0.8;
    private const double ImpliedPlaceWeight = 0.5;
    private const double WeakWeight = 0.3;   // quoted names, datelines
    private const double TitleBonus = 0.1;
    /// <summary>A place named past the lead weighs this much of one in it: once in passing is not what the article is about.</summary>
    private const double PastLeadFactor = 0.5;

    private static readonly FrozenSet<string> StreetWords = new[]
    {
        "улица", "улице", "улицы", "улицу", "улицей", "ул", "ул.", "проспект", "проспекте", "проспекта", "проспектом",
        "пр.", "пр-т", "пр-те", "площадь", "площади", "площадью", "пл.", "переулок", "переулке", "переулка", "пер.",
        "бульвар", "бульваре", "бульвара", "б-р", "шоссе", "набережная", "набережной", "наб.", "проезд", "проезде",
        "тупик", "аллея", "аллее", "имени", "им.", "станция", "станции", "метро", "микрорайон", "мкр", "мкр.",
        "гостиница", "гостинице", "кинотеатр", "кинотеатре", "стадион", "стадионе", "тц", "трц", "фк", "хк", "пк",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CityContext = new[]
    {
        "в", "во", "из", "под", "до", "около", "г", "г.", "город", "города", "городе", "городу", "городом",
        "столица", "столицы", "столице", "столицу", "столицей", "мэр", "мэра", "мэрии", "жители", "жителей",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that, just before a surname, say a person is meant: «президент Токаев», «губернатор Гладков».</summary>
    private static readonly FrozenSet<string> RoleStems = new[]
    {
        "президент", "премьер", "губернатор", "глав", "министр", "председател", "спикер", "лидер", "мэр",
        "пресс-секретар", "канцлер", "корол", "депутат", "сенатор", "вице-премьер", "директор", "генсек",
        "госсекретар", "посол", "полпред", "руководител", "врио", "основател", "генеральн", "прокурор",
    }.ToFrozenSet(StringComparer.Ordinal);

    public EntityTags Tag(string? title, string? text)
    {
        var words = ArticleWords.Of(title, text);
        if (words.Count == 0) return EntityTags.Empty;

        var mentions = FindMentions(words);
        var evidence = new Dictionary<(EntityKind, string), List<double>>();
        void Add(EntityKind kind, string slug, double weight, ArticleWord at)
        {
            if (!evidence.TryGetValue((kind, slug), out var list)) evidence[(kind, slug)] = list = [];
            // People named anywhere are news about them; a place named in passing is not.
            var pastLead = kind == EntityKind.Person ? 1.0 : PastLeadFactor;
            list.Add(at.InTitle ? Math.Min(0.98, weight + TitleBonus) : at.InLead ? weight : weight * pastLead);
        }

        // Places first: unambiguous mentions, then ambiguous ones the context or other mentions back.
        var placesSeen = new HashSet<(EntityKind, string)>();
        foreach (var m in mentions)
            if (m.Pattern.Kind != EntityKind.Person && !m.Pattern.Ambiguous && m.Pattern.How != MentionKind.Adjective && !m.Weak)
                placesSeen.Add((m.Pattern.Kind, m.Pattern.Slug));
        var adjectivesSeen = mentions.Where(m => m.Pattern.How == MentionKind.Adjective).Select(m => m.Pattern.Slug).ToHashSet();

        // One piece of evidence per entity and position: «Москва» is the region's name and its capital at once.
        var placeEvidence = new Dictionary<(int, EntityKind, string), double>();
        foreach (var m in mentions)
        {
            var p = m.Pattern;
            if (p.Kind == EntityKind.Person) continue;
            if (p.Ambiguous && !placesSeen.Contains((p.Kind, p.Slug)) && !InPlaceContext(words, m)) continue;
            var weight = m.Weak ? WeakWeight : p.How switch
            {
                MentionKind.Name => NameWeight,
                MentionKind.Capital => CapitalWeight,
                _ => AdjectiveWeight,
            };
            var key = (m.Start, p.Kind, p.Slug);
            placeEvidence[key] = Math.Max(weight, placeEvidence.GetValueOrDefault(key));
        }
        foreach (var ((start, kind, slug), weight) in placeEvidence) Add(kind, slug, weight, words[start]);

        // People: full names, then surnames alone where one person has the surname and the article supports them.
        var fullNamed = mentions.Where(m => m.Pattern is { Kind: EntityKind.Person, How: MentionKind.FullName })
            .Select(m => m.Pattern.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var group in mentions.Where(m => m.Pattern.Kind == EntityKind.Person).GroupBy(m => m.Start))
        {
            var full = group.FirstOrDefault(m => m.Pattern.How == MentionKind.FullName);
            if (full is not null)
            {
                Add(EntityKind.Person, full.Pattern.Slug, FullNameWeight, words[full.Start]);
                continue;
            }
            var holders = group.Select(m => m.Pattern.Slug).Distinct().ToList();
            var chosen = holders.Count == 1 ? holders[0] : holders.SingleOrDefault(fullNamed.Contains);
            if (chosen is null) continue;
            var mention = group.First(m => m.Pattern.Slug == chosen);
            if (!words[mention.Start].Capitalized) continue;
            var cues = gazetteer.Cues[chosen];
            if (fullNamed.Contains(chosen) || (cues.SurnameAlone && Supported(words, mention, cues, placesSeen, adjectivesSeen)))
                Add(EntityKind.Person, chosen, SurnameWeight, words[mention.Start]);
        }

        // A governor or head of state named points to their region or country.
        foreach (var slug in evidence.Keys.Where(k => k.Item1 == EntityKind.Person).Select(k => k.Item2).ToList())
        {
            var cues = gazetteer.Cues[slug];
            if (!cues.ImpliesPlace || Confidence(evidence[(EntityKind.Person, slug)]) < MinConfidence) continue;
            var lead = new ArticleWord { InLead = true };
            if (cues.RegionSlug is not null) Add(EntityKind.Region, cues.RegionSlug, ImpliedPlaceWeight, lead);
            else if (cues.CountrySlug is not null) Add(EntityKind.Country, cues.CountrySlug, ImpliedPlaceWeight, lead);
        }

        return new EntityTags(Tags(EntityKind.Region, evidence), Tags(EntityKind.Country, evidence), Tags(EntityKind.Person, evidence));
    }

    private List<EntityTag> Tags(EntityKind kind, Dictionary<(EntityKind, string), List<double>> evidence) =>
        evidence.Where(e => e.Key.Item1 == kind)
            .Select(e => (Slug: e.Key.Item2, Confidence: Confidence(e.Value)))
            .Where(t => t.Confidence >= MinConfidence)
            .OrderByDescending(t => t.Confidence).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Select(t => new EntityTag(t.Slug, NameOf(kind, t.Slug), Math.Round(t.Confidence, 3)))
            .ToList();

    /// <summary>Independent pieces of evidence: the chance that none of them is right, taken from one.</summary>
    private static double Confidence(List<double> weights) => 1 - weights.Aggregate(1.0, (rest, w) => rest * (1 - w));

    private string NameOf(EntityKind kind, string slug) => kind switch
    {
        EntityKind.Region => gazetteer.Region(slug)!.NameRu,
        EntityKind.Country => gazetteer.Country(slug)!.NameRu,
        _ => gazetteer.Person(slug)!.NameRu,
    };

    private sealed record Mention(NamePattern Pattern, int Start, int Length, bool Weak);

    /// <summary>Longest matches left to right; all patterns of the longest length at a position are kept.</summary>
    private List<Mention> FindMentions(List<ArticleWord> words)
    {
        var mentions = new List<Mention>();
        var index = gazetteer.PatternsByFirstForm;
        for (var i = 0; i < words.Count;)
        {
            if (!index.TryGetValue(words[i].Folded, out var candidates) || IsStreetName(words, i))
            {
                i++;
                continue;
            }
            var best = 0;
            List<NamePattern>? bestPatterns = null;
            foreach (var pattern in candidates)
            {
                if (!Matches(pattern, words, i)) continue;
                if (pattern.Length > best)
                {
                    best = pattern.Length;
                    bestPatterns = [pattern];
                }
                else if (pattern.Length == best) bestPatterns!.Add(pattern);
            }
            if (bestPatterns is null)
            {
                i++;
                continue;
            }
            var weak = words[i].Dateline || (words[i].BeforeChar == '"' && words[i + best - 1].AfterChar == '"');
            foreach (var pattern in bestPatterns) mentions.Add(new Mention(pattern, i, best, weak));
            i += best;
        }
        return mentions;
    }

    private static bool Matches(NamePattern pattern, List<ArticleWord> words, int start)
    {
        if (start + pattern.Length > words.Count) return false;
        for (var k = 0; k < pattern.Length; k++)
        {
            var word = words[start + k];
            if (word.InTitle != words[start].InTitle) return false;
            var slot = pattern.Slots[k];
            if (slot is null)
            {
                if (!word.Capitalized || !IsPatronymic(word.Folded)) return false;
                continue;
            }
            if (!slot.Contains(word.Folded)) return false;
            if (pattern.Capitalized[k] && !word.Capitalized) return false;
        }
        return true;
    }

    private static bool IsPatronymic(string folded) =>
        folded.Length > 5 && (folded.Contains("вич") || folded.Contains("ьич") || folded.EndsWith("вна") || folded.EndsWith("вны")
            || folded.EndsWith("вне") || folded.EndsWith("вну") || folded.EndsWith("вной") || folded.Contains("ичн"));

    /// <summary>«проспект Мира», «улица Кирова», «на ул. Ленина»: the word after a street word names a street.</summary>
    private static bool IsStreetName(List<ArticleWord> words, int i) =>
        i > 0 && words[i - 1].InTitle == words[i].InTitle && StreetWords.Contains(words[i - 1].Folded);

    /// <summary>«во Владимире», «г. Орёл», «в Того»: a place word right after a place preposition, and not a first name before a surname.</summary>
    private static bool InPlaceContext(List<ArticleWord> words, Mention m)
    {
        var first = words[m.Start];
        if (!first.Capitalized) return false;
        var afterIndex = m.Start + m.Length;
        if (afterIndex < words.Count && words[afterIndex] is { Capitalized: true, SentenceStart: false } next && next.InTitle == first.InTitle)
            return false;
        if (m.Pattern.Kind == EntityKind.Country && m.Pattern.How == MentionKind.Name && !first.SentenceStart) return true;
        return m.Start > 0 && CityContext.Contains(words[m.Start - 1].Folded);
    }

    private bool Supported(List<ArticleWord> words, Mention m, PersonCues cues, HashSet<(EntityKind, string)> places, HashSet<string> adjectives)
    {
        // Initials right before: «В. Путин», «А.Г. Лукашенко».
        if (m.Start > 0 && words[m.Start - 1] is { Capitalized: true } initial && initial.Folded.Length <= 4
            && char.ToUpperInvariant(initial.Folded[0]) == cues.Initial && (initial.Folded.Length == 1 || initial.Folded.EndsWith('.')))
            return true;
        // A title within three words before.
        for (var k = Math.Max(0, m.Start - 3); k < m.Start; k++)
            foreach (var stem in RoleStems)
                if (words[k].Folded.StartsWith(stem, StringComparison.Ordinal)) return true;
        // Their region (governors) or country named in the article.
        if (cues.RegionSlug is not null)
        {
            if (places.Contains((EntityKind.Region, cues.RegionSlug))) return true;
        }
        else if (cues.CountrySlug is not null && (places.Contains((EntityKind.Country, cues.CountrySlug)) || adjectives.Contains(cues.CountrySlug)))
        {
            return true;
        }
        // Their first name anywhere.
        foreach (var w in words)
            if (w.Capitalized && cues.FirstNameForms.Contains(w.Folded)) return true;
        return false;
    }
}
