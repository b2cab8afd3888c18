namespace Svodka.Core.Stories;

/// <summary>
/// One event as the clusterer sees it: its articles in the order they joined, its time span, and the
/// aggregates matching reads (term centroid, entity and number counts). The aggregates are derived from
/// the members, so a story is stored as its id and members (<see cref="StorySnapshot"/>) and rebuilt exactly.
/// Only <see cref="StoryClusterer"/> changes a story.
/// </summary>
public sealed class Story
{
    /// <summary>Terms kept in the centroid; past twice this many the weakest are dropped, so matching a story costs the same at any size.</summary>
    internal const int CentroidTerms = 80;

    private readonly List<StoryMember> _members = [];
    private readonly Dictionary<string, double> _centroid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _termMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _titleTermMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _titleNameMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nameMembers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titleAcronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _titleNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _titleQuantities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);

    internal Story(long id, string language)
    {
        Id = id;
        Language = language;
    }

    public long Id { get; }
    public string Language { get; }
    public IReadOnlyList<StoryMember> Members => _members;
    public DateTimeOffset First { get; private set; } = DateTimeOffset.MaxValue;
    public DateTimeOffset Last { get; private set; } = DateTimeOffset.MinValue;
    /// <summary>Distinct outlets.</summary>
    public int SourceCount => _sources.Count;
    /// <summary>Sum of the members' unit term vectors (before IDF), the strongest <see cref="CentroidTerms"/> or so.</summary>
    public IReadOnlyDictionary<string, double> Centroid => _centroid;
    /// <summary>Term → members whose title or lead has it (the most common ones when the story is large).</summary>
    public IReadOnlyDictionary<string, int> TermMembers => _termMembers;
    /// <summary>Term → members whose title has it (the most common ones when the story is large).</summary>
    public IReadOnlyDictionary<string, int> TitleTermMembers => _titleTermMembers;
    /// <summary>Name stem → members whose title or lead names it (<see cref="StoryFeatures.Names"/>).</summary>
    public IReadOnlyDictionary<string, int> NameMembers => _nameMembers;
    /// <summary>Name stems some member's headline writes as an acronym («цб»).</summary>
    public IReadOnlySet<string> TitleAcronyms => _titleAcronyms;
    /// <summary>Name stem → members whose title names it (<see cref="StoryFeatures.TitleNames"/>).</summary>
    public IReadOnlyDictionary<string, int> TitleNameMembers => _titleNameMembers;
    /// <summary>Entity key → sum of the members' confidences.</summary>
    public IReadOnlyDictionary<string, double> Entities => _entities;
    /// <summary>Salient number → members that carry it in title or lead.</summary>
    public IReadOnlyDictionary<string, int> Numbers => _numbers;
    /// <summary>Distinct calendar days the members' titles and leads name (<see cref="Numbers"/> keys with the day prefix).</summary>
    internal int DaysNamed { get; private set; }
    /// <summary>Distinct calendar days the members' titles name.</summary>
    internal int TitleDaysNamed { get; private set; }
    /// <summary>The values of the quantity keys of <see cref="Numbers"/>, parsed once.</summary>
    internal IReadOnlyList<double> QuantityValues => _quantityValues;
    /// <summary>The keys of <see cref="TitleQuantities"/>, parsed once.</summary>
    internal IReadOnlyList<(double Value, string Unit)> ParsedTitleQuantities => _parsedTitleQuantities;
    private readonly List<double> _quantityValues = [];
    private readonly List<(double Value, string Unit)> _parsedTitleQuantities = [];

    /// <summary>Title quantity ("5|человек") → members whose title gives it.</summary>
    public IReadOnlyDictionary<string, int> TitleQuantities => _titleQuantities;
    /// <summary>Salient number → members that carry it in the title.</summary>
    public IReadOnlyDictionary<string, int> TitleNumbers => _titleNumbers;
    /// <summary>The story this one was merged into, or null while it stands on its own.</summary>
    public long? MergedInto { get; internal set; }
    /// <summary>False once the story fell out of the time window (or was merged): no article joins it any more.</summary>
    public bool IsOpen { get; internal set; } = true;

    /// <summary>Stamp of the last candidate search that counted this story (so one search counts it once per key).</summary>
    internal long VisitStamp;
    /// <summary>Changes with every member added, so cached norms know when they are stale.</summary>
    internal int Version;
    internal int CachedEpoch = -1;
    internal int CachedVersion = -1;
    /// <summary>Length of the centroid weighted by IDF, valid for <see cref="CachedEpoch"/> and <see cref="CachedVersion"/>.</summary>
    internal double CachedNorm;
    /// <summary>Σ IDF × headline count over the headline terms, valid alike.</summary>
    internal double CachedTitleMass;
    /// <summary>Σ IDF × headline count over the headline names, valid alike.</summary>
    internal double CachedNameMass;

    /// <summary>Index keys this story is filed under (so a merge can file the survivor under them).</summary>
    internal HashSet<string> IndexedKeys { get; } = new(StringComparer.Ordinal);

    internal void Add(StoryMember member)
    {
        Version++;
        _members.Add(member);
        var a = member.Article;
        _sources.Add(a.SourceId);
        if (a.Published < First) First = a.Published;
        if (a.Published > Last) Last = a.Published;

        var norm = 0.0;
        foreach (var t in a.Terms) norm += (double)t.Weight * t.Weight;
        norm = norm > 0 ? Math.Sqrt(norm) : 1;
        foreach (var t in a.Terms) _centroid[t.Term] = _centroid.GetValueOrDefault(t.Term) + t.Weight / norm;
        if (_centroid.Count > 2 * CentroidTerms) TrimCentroid();
        foreach (var t in a.Terms) _termMembers[t.Term] = _termMembers.GetValueOrDefault(t.Term) + 1;
        foreach (var t in a.TitleTerms) _titleTermMembers[t] = _titleTermMembers.GetValueOrDefault(t) + 1;
        foreach (var t in a.TitleNames) _titleNameMembers[t] = _titleNameMembers.GetValueOrDefault(t) + 1;
        foreach (var t in a.TitleAcronyms) _titleAcronyms.Add(t);
        foreach (var t in a.Names.Union(a.BodyNames, StringComparer.Ordinal)) _nameMembers[t] = _nameMembers.GetValueOrDefault(t) + 1;
        if (_titleNameMembers.Count > CentroidTerms) TrimCounts(_titleNameMembers, CentroidTerms / 2);
        if (_nameMembers.Count > 6 * CentroidTerms) TrimCounts(_nameMembers, 3 * CentroidTerms);
        if (_termMembers.Count > 4 * CentroidTerms) TrimCounts(_termMembers, 2 * CentroidTerms);
        if (_titleTermMembers.Count > 2 * CentroidTerms) TrimCounts(_titleTermMembers, CentroidTerms);

        foreach (var (key, confidence) in a.EntityKeys()) _entities[key] = _entities.GetValueOrDefault(key) + confidence;
        foreach (var n in a.Numbers)
        {
            if (_numbers.TryAdd(n, 1))
            {
                if (n.StartsWith(SalientNumbers.DayPrefix, StringComparison.Ordinal)) DaysNamed++;
                else if (SalientNumbers.QuantityValue(n) is { } value) _quantityValues.Add(value);
            }
            else _numbers[n]++;
        }
        foreach (var n in a.TitleNumbers)
        {
            if (_titleNumbers.TryAdd(n, 1)) { if (n.StartsWith(SalientNumbers.DayPrefix, StringComparison.Ordinal)) TitleDaysNamed++; }
            else _titleNumbers[n]++;
        }
        foreach (var q in a.TitleQuantities)
        {
            if (_titleQuantities.TryAdd(q, 1)) _parsedTitleQuantities.Add(SalientNumbers.ParseQuantity(q));
            else _titleQuantities[q]++;
        }
    }

    /// <summary>Members whose title or lead has the stem, as a term or as a name.</summary>
    internal int MembersMentioning(string stem) =>
        Math.Max(_termMembers.GetValueOrDefault(stem), _nameMembers.GetValueOrDefault(stem));

    internal void Absorb(Story other)
    {
        foreach (var m in other._members) Add(m);
        foreach (var key in other.IndexedKeys) IndexedKeys.Add(key);
    }

    private void TrimCentroid()
    {
        var keep = _centroid
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(CentroidTerms)
            .ToList();
        _centroid.Clear();
        foreach (var (term, weight) in keep) _centroid[term] = weight;
    }

    private static void TrimCounts(Dictionary<string, int> counts, int keep)
    {
        var kept = counts
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(keep)
            .ToList();
        counts.Clear();
        foreach (var (term, n) in kept) counts[term] = n;
    }

    public override string ToString() => $"story {Id} ({Language}, {_members.Count} articles, {SourceCount} sources): {_members[0].Article.Title}";
}
