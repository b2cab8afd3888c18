using System.Runtime.InteropServices;

namespace Svodka.Core.Stories;

/// <summary>
/// One event as the clusterer sees it: its articles in the order they joined, its time span, and the
/// aggregates matching reads (term centroid, entity and number counts). The aggregates are derived from
/// the members, so a story is stored as its id and members (<see cref="StorySnapshot"/>) and rebuilt exactly.
/// Only <see cref="StoryClusterer"/> changes a story.
/// </summary>
public sealed class Story
{
    /// <summary>Terms kept in the centroid; past four times this many the weakest are dropped (rarely, so trimming costs little), and matching a story costs the same at any size.</summary>
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
    /// <summary>Entity key → sum of the members' confidences (the strongest ones when the story is large).</summary>
    public IReadOnlyDictionary<string, double> Entities => _entities;
    /// <summary>Salient number → members that carry it in title or lead (the most common ones when the story is large).</summary>
    public IReadOnlyDictionary<string, int> Numbers => _numbers;
    /// <summary>The calendar days the members' titles and leads name (<see cref="Numbers"/> keys with the day prefix).</summary>
    internal IReadOnlySet<string> Days { get { ParseNumbers(); return _days; } }
    /// <summary>The calendar days the members' titles name.</summary>
    internal IReadOnlySet<string> TitleDays { get { ParseNumbers(); return _titleDays; } }

    /// <summary>Σ share of the entities at least <paramref name="minShare"/> of the members back (cached per change of the story).</summary>
    internal double SalientEntityMass(double minShare)
    {
        if (_salientVersion == Version) return _salientMass;
        var mass = 0.0;
        foreach (var (_, sum) in _entities)
        {
            var share = sum / _members.Count;
            if (share >= minShare) mass += share;
        }
        _salientMass = mass;
        _salientVersion = Version;
        return mass;
    }

    private double _salientMass;
    private int _salientVersion = -1;
    /// <summary>The values of the quantity keys of <see cref="Numbers"/>, parsed once per change.</summary>
    internal IReadOnlyList<double> QuantityValues { get { ParseNumbers(); return _quantityValues; } }
    /// <summary>The keys of <see cref="TitleQuantities"/>, parsed once per change.</summary>
    internal IReadOnlyList<(double Value, string Unit)> ParsedTitleQuantities { get { ParseNumbers(); return _parsedTitleQuantities; } }
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
    /// <summary>Squared length of the centroid weighted by IDF, valid for <see cref="CachedEpoch"/> and <see cref="CachedVersion"/>.</summary>
    internal double CachedNormSquared;
    internal double CachedNorm => Math.Sqrt(CachedNormSquared);
    /// <summary>Σ IDF × headline count over the headline terms, valid alike.</summary>
    internal double CachedTitleMass;
    /// <summary>Σ IDF × headline count over the headline names, valid alike.</summary>
    internal double CachedNameMass;

    /// <summary>Index keys this story is filed under (so a merge can file the survivor under them).</summary>
    internal HashSet<string> IndexedKeys { get; } = new(StringComparer.Ordinal);

    /// <param name="idf">The IDF in force: while the cached norms are current they are updated by this member's
    /// terms alone, so a large story's norms cost nothing to keep (a trim makes the next match recompute them).</param>
    internal void Add(StoryMember member, IdfTable? idf = null)
    {
        var incremental = idf is not null && CachedEpoch == idf.Epoch && CachedVersion == Version;
        Version++;
        if (!member.IsCompacted) _recent.Add(_members.Count);
        _members.Add(member);
        var a = member.Article;
        _sources.Add(a.SourceId);
        if (a.Published < First) First = a.Published;
        if (a.Published > Last) Last = a.Published;

        // Most stories hold one article: sized for it at once, the tallies are not grown and rehashed term by term.
        if (_members.Count == 1)
        {
            _centroid.EnsureCapacity(a.Terms.Count);
            _termMembers.EnsureCapacity(a.Terms.Count);
            _nameMembers.EnsureCapacity(a.Names.Count + a.BodyNames.Count);
        }

        var norm = 0.0;
        foreach (var t in a.Terms) norm += (double)t.Weight * t.Weight;
        norm = norm > 0 ? Math.Sqrt(norm) : 1;
        foreach (var t in a.Terms)
        {
            ref var weight = ref CollectionsMarshal.GetValueRefOrAddDefault(_centroid, t.Term, out _);
            var old = weight;
            weight += t.Weight / norm;
            if (incremental)
            {
                var i = idf![t.Term];
                CachedNormSquared += (weight * weight - old * old) * i * i;
            }
        }
        foreach (var t in a.Terms) Count(_termMembers, t.Term);
        foreach (var t in a.TitleTerms)
        {
            Count(_titleTermMembers, t);
            if (incremental) CachedTitleMass += idf![t];
        }
        foreach (var t in a.TitleNames)
        {
            Count(_titleNameMembers, t);
            if (incremental) CachedNameMass += idf![t];
        }
        foreach (var t in a.TitleAcronyms) _titleAcronyms.Add(t);
        foreach (var t in a.Names) Count(_nameMembers, t);
        // A body name the lead already named counts once.
        foreach (var t in a.BodyNames)
            if (!ContainsOrdinal(a.Names, t)) Count(_nameMembers, t);
        if (!TrimTerms() && incremental) CachedVersion = Version;

        foreach (var (key, confidence) in a.EntityKeys()) CollectionsMarshal.GetValueRefOrAddDefault(_entities, key, out _) += confidence;
        foreach (var n in a.Numbers) Count(_numbers, n);
        foreach (var n in a.TitleNumbers) Count(_titleNumbers, n);
        foreach (var q in a.TitleQuantities) Count(_titleQuantities, q);
        TrimTallies();
    }

    private static void Count(Dictionary<string, int> tally, string key) => CollectionsMarshal.GetValueRefOrAddDefault(tally, key, out _)++;

    private static bool ContainsOrdinal(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (string.Equals(list[i], value, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// Caps the term aggregates (flat cost for large stories); true when the centroid, title names or title terms were
    /// trimmed, which changes what the cached norms were computed from.
    /// </summary>
    private bool TrimTerms()
    {
        var trimmed = false;
        if (_centroid.Count > 4 * CentroidTerms) { Trim(_centroid, CentroidTerms); trimmed = true; }
        if (_titleNameMembers.Count > 2 * CentroidTerms) { Trim(_titleNameMembers, CentroidTerms / 2); trimmed = true; }
        if (_nameMembers.Count > 6 * CentroidTerms) Trim(_nameMembers, 3 * CentroidTerms);
        if (_termMembers.Count > 8 * CentroidTerms) Trim(_termMembers, 2 * CentroidTerms);
        if (_titleTermMembers.Count > 4 * CentroidTerms) { Trim(_titleTermMembers, CentroidTerms); trimmed = true; }
        return trimmed;
    }

    /// <summary>Caps the entity and number tallies, and marks the parsed numbers stale.</summary>
    private void TrimTallies()
    {
        if (_entities.Count > 2 * AggregateCap) Trim(_entities, AggregateCap);
        if (_numbers.Count > 2 * AggregateCap) Trim(_numbers, AggregateCap);
        if (_titleNumbers.Count > AggregateCap) Trim(_titleNumbers, AggregateCap / 2);
        if (_titleQuantities.Count > AggregateCap) Trim(_titleQuantities, AggregateCap / 2);
        _numbersParsed = false;
    }

    /// <summary>Entities, numbers and quantities kept per story; past twice this many the rarest go (flat cost for large stories).</summary>
    private const int AggregateCap = 48;

    private bool _numbersParsed;

    /// <summary>Parses the number keys once per change of the story: the days named, quantity values and title quantities.</summary>
    private void ParseNumbers()
    {
        if (_numbersParsed) return;
        _quantityValues.Clear();
        _parsedTitleQuantities.Clear();
        _days.Clear();
        _titleDays.Clear();
        foreach (var n in _numbers.Keys)
        {
            if (n.StartsWith(SalientNumbers.DayPrefix, StringComparison.Ordinal)) _days.Add(n);
            else if (SalientNumbers.QuantityValue(n) is { } value) _quantityValues.Add(value);
        }
        foreach (var n in _titleNumbers.Keys)
            if (n.StartsWith(SalientNumbers.DayPrefix, StringComparison.Ordinal)) _titleDays.Add(n);
        foreach (var q in _titleQuantities.Keys) _parsedTitleQuantities.Add(SalientNumbers.ParseQuantity(q));
        _numbersParsed = true;
    }

    private readonly HashSet<string> _days = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titleDays = new(StringComparer.Ordinal);

    /// <summary>Members whose title or lead has the stem, as a term or as a name.</summary>
    internal int MembersMentioning(string stem) =>
        Math.Max(_termMembers.GetValueOrDefault(stem), _nameMembers.GetValueOrDefault(stem));

    internal void Absorb(Story other, IdfTable? idf = null)
    {
        if (other._recent.Count == other._members.Count)
            foreach (var m in other._members) Add(m, idf);
        else
            AbsorbAggregates(other);
        foreach (var key in other.IndexedKeys) IndexedKeys.Add(key);
    }

    /// <summary>
    /// Takes a story some of whose members were compacted: their terms live on only in its aggregates, so the
    /// aggregates are added up (then trimmed as <see cref="Add"/> trims) instead of its members added one by one.
    /// </summary>
    private void AbsorbAggregates(Story other)
    {
        Version++;
        foreach (var i in other._recent) _recent.Add(_members.Count + i);
        _members.AddRange(other._members);
        foreach (var s in other._sources) _sources.Add(s);
        if (other.First < First) First = other.First;
        if (other.Last > Last) Last = other.Last;
        Sum(_centroid, other._centroid);
        Sum(_termMembers, other._termMembers);
        Sum(_titleTermMembers, other._titleTermMembers);
        Sum(_titleNameMembers, other._titleNameMembers);
        Sum(_nameMembers, other._nameMembers);
        foreach (var t in other._titleAcronyms) _titleAcronyms.Add(t);
        Sum(_entities, other._entities);
        Sum(_numbers, other._numbers);
        Sum(_titleNumbers, other._titleNumbers);
        Sum(_titleQuantities, other._titleQuantities);
        TrimTerms();
        TrimTallies();
    }

    private static void Sum<T>(Dictionary<string, T> into, Dictionary<string, T> from) where T : System.Numerics.INumber<T>
    {
        foreach (var (key, value) in from) into[key] = into.GetValueOrDefault(key, T.Zero) + value;
    }

    /// <summary>Indexes (in <see cref="Members"/>) of the members not compacted, in joining order.</summary>
    private readonly List<int> _recent = [];

    /// <summary>Members still holding their full features (the rest were compacted).</summary>
    internal int RecentCount => _recent.Count;

    /// <summary>The earliest publication time among the members not compacted; null when every member is.</summary>
    internal DateTimeOffset? OldestRecent
    {
        get
        {
            DateTimeOffset? oldest = null;
            foreach (var i in _recent)
                if (oldest is null || _members[i].Article.Published < oldest) oldest = _members[i].Article.Published;
            return oldest;
        }
    }

    /// <summary>When the clusterer next looks at this story to compact its members (its compaction queue's key).</summary>
    internal DateTimeOffset CompactionDue = DateTimeOffset.MaxValue;

    /// <summary>
    /// Compacts the members published before <paramref name="cutoff"/> (<see cref="StoryMember.Compacted"/>), each
    /// with its relevance now, and returns them as they were, so the clusterer can take them out of its indexes.
    /// The aggregates stay as they are: the story matches as it did, at a memory that follows the window.
    /// </summary>
    internal List<StoryMember> CompactBefore(DateTimeOffset cutoff, Func<string, double> idf)
    {
        var compacted = new List<StoryMember>();
        var centroidNorm = -1.0;
        var kept = 0;
        for (var r = 0; r < _recent.Count; r++)
        {
            var i = _recent[r];
            var member = _members[i];
            if (member.Article.Published >= cutoff)
            {
                _recent[kept++] = i;
                continue;
            }
            if (centroidNorm < 0) centroidNorm = StorySummary.CentroidNorm(this, idf);
            _members[i] = member.Compacted(Math.Round(StorySummary.Relevance(member.Article, this, idf, centroidNorm), 4));
            compacted.Add(member);
        }
        _recent.RemoveRange(kept, _recent.Count - kept);
        return compacted;
    }

    /// <summary>Keeps the <paramref name="keep"/> largest values (ties by key).</summary>
    private static void Trim<T>(Dictionary<string, T> values, int keep) where T : IComparable<T>
    {
        var kept = values
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(keep)
            .ToList();
        values.Clear();
        foreach (var (key, value) in kept) values[key] = value;
    }

    public override string ToString() => $"story {Id} ({Language}, {_members.Count} articles, {SourceCount} sources): {_members[0].Article.Title}";
}
