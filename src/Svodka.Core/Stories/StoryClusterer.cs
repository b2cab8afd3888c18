namespace Svodka.Core.Stories;

/// <summary>
/// Incremental story clustering. <see cref="Add"/> puts one article into the open story of its language
/// it matches best (<see cref="MatchScore"/>) or starts a new one; a near copy of an article already seen
/// joins that article's story as a reprint. Candidates come from an index over the open stories' strongest
/// terms and entities, and a story closes once it falls a <see cref="StoryClustererOptions.Window"/> behind
/// the newest article, so the cost of an article does not grow with the archive. A story that stays open for
/// longer keeps its members older than the window only as the summary needs them (<see cref="StoryMember.Compacted"/>),
/// and they leave the indexes, so memory follows the window and not the length of a story. When an article matches
/// two stories that turn out to be one event, the younger merges into the older (the lower id survives).
/// An article never moves on its own: given the same articles in the same order the stories come out the
/// same. Not thread-safe: compute <see cref="StoryFeatures"/> in parallel, add them from one thread.
/// </summary>
public sealed class StoryClusterer
{
    /// <summary>
    /// Closed stories stay in the candidate lists (skipped) until this many articles later: not longer, or
    /// they and their articles stay in memory with the archive; not sooner, as dropping them lets a common
    /// word's scan reach further back, which changes what an article is matched with.
    /// </summary>
    private const int AddsBetweenCompactions = 20_000;
    /// <summary>Candidates sharing less than this share of the best candidate's key weight are not scored.</summary>
    private const double CandidateShare = 0.25;
    private static readonly TimeSpan SweepStep = TimeSpan.FromHours(1);

    private readonly Dictionary<long, Story> _stories = [];
    private readonly Dictionary<long, long> _mergedInto = [];
    private readonly Dictionary<string, ArticleEntry> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LanguageIndex> _indexes = new(StringComparer.Ordinal);
    private readonly PriorityQueue<Story, (DateTimeOffset Last, long Id)> _closing = new();
    /// <summary>Open stories by <see cref="Story.CompactionDue"/>: the oldest member not yet compacted.</summary>
    private readonly PriorityQueue<Story, (DateTimeOffset Due, long Id)> _compacting = new();
    private long _nextId = 1;
    private DateTimeOffset _clock = DateTimeOffset.MinValue;
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;
    private int _openArticles;
    private int _addsSinceCompaction;

    public StoryClusterer(StoryClustererOptions? options = null, DocumentFrequencies? frequencies = null)
    {
        Options = options ?? new StoryClustererOptions();
        Frequencies = frequencies ?? new DocumentFrequencies();
    }

    public StoryClustererOptions Options { get; }
    public DocumentFrequencies Frequencies { get; }
    /// <summary>The latest publication time seen: stories whose last article is a window older are closed.</summary>
    public DateTimeOffset Clock => _clock;

    /// <summary>The stories held (open ones, and closed ones unless <see cref="StoryClustererOptions.OnStoryClosed"/> took them), by id.</summary>
    public IEnumerable<Story> Stories => _stories.Values.OrderBy(s => s.Id);
    public int OpenArticleCount => _openArticles;

    /// <summary>The story with this id, following merges; null when unknown or handed off closed.</summary>
    public Story? Find(long storyId)
    {
        while (_mergedInto.TryGetValue(storyId, out var into)) storyId = into;
        return _stories.GetValueOrDefault(storyId);
    }

    public Story? StoryOf(string articleId) => _articles.TryGetValue(articleId, out var e) ? e.Story : null;

    public StoryAssignment Add(StoryFeatures article) => Add(article, countFrequencies: true);

    /// <summary>
    /// The batch road (tgnews, re-clustering an archive): counts every article's terms first so early
    /// articles see the same IDF as late ones, then adds them in publication order (ties by article id).
    /// </summary>
    public IReadOnlyList<StoryAssignment> AddBatch(IEnumerable<StoryFeatures> articles)
    {
        var ordered = articles
            .OrderBy(a => a.Published).ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .ToList();
        var counted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in ordered)
            if (!_articles.ContainsKey(a.ArticleId) && counted.Add(a.ArticleId)) Frequencies.Add(a);
        return ordered.Select(a => Add(a, countFrequencies: false)).ToList();
    }

    private StoryAssignment Add(StoryFeatures article, bool countFrequencies)
    {
        if (_articles.TryGetValue(article.ArticleId, out var known))
        {
            return new StoryAssignment(article.ArticleId, known.Story.Id, false, known.ReprintOf, MatchScore.Started, [])
            {
                AlreadyKnown = true,
            };
        }

        if (countFrequencies) Frequencies.Add(article);
        Advance(article.Published);
        var index = IndexFor(article.Language);
        index.Idf.Refresh();
        var vector = new ArticleVector(article, index.Idf.AsFunc(), Options.CandidateKeys);

        var copy = FindCopy(index, article);
        if (copy is not null)
        {
            // Template texts (weather, rates, results) copy each other's words across different events; the
            // headlines' names and days tell them apart, so a copy still has to match its story half as well.
            var story = copy.Entry.Story;
            var score = StoryMatcher.Score(vector, story, index.Idf, Options);
            if (score.Total >= Options.ReprintJoinThreshold)
            {
                var reprintOf = copy.Member.ReprintOf ?? copy.Member.Article.ArticleId;
                Join(index, story, new StoryMember(article, score.Total, reprintOf), vector);
                return new StoryAssignment(article.ArticleId, story.Id, false, reprintOf, score, []);
            }
        }

        var scored = Candidates(index, vector)
            .Select(s => (Story: s, Score: StoryMatcher.Score(vector, s, index.Idf, Options)))
            .OrderByDescending(c => c.Score.Total).ThenBy(c => c.Story.Id)
            .ToList();

        if (scored.Count == 0 || scored[0].Score.Total < Options.JoinThreshold)
        {
            var story = new Story(_nextId++, article.Language);
            _stories[story.Id] = story;
            Join(index, story, new StoryMember(article, MatchScore.Started.Total, null), vector);
            _closing.Enqueue(story, (story.Last, story.Id));
            return new StoryAssignment(article.ArticleId, story.Id, true, null, MatchScore.Started, []);
        }

        var (target, best) = scored[0];
        Join(index, target, new StoryMember(article, best.Total, null), vector);
        var merged = new List<long>();
        foreach (var (other, _) in scored.Skip(1).Where(c => c.Score.Total >= Options.JoinThreshold).OrderBy(c => c.Story.Id))
        {
            if (!other.IsOpen || Options.KeptApart.Contains(other.Id) || Options.KeptApart.Contains(target.Id)) continue;
            if (StoryMatcher.StorySimilarity(target, other, index.Idf, Options) < Options.MergeThreshold) continue;
            var (survivor, absorbed) = other.Id < target.Id ? (other, target) : (target, other);
            Merge(index, survivor, absorbed);
            merged.Add(absorbed.Id);
            target = survivor;
        }
        return new StoryAssignment(article.ArticleId, target.Id, false, null, best, merged);
    }

    private ReprintIndex.Filed? FindCopy(LanguageIndex index, StoryFeatures article) =>
        index.Reprints.FindCopy(article.Signature, Options.ReprintThreshold, f =>
            WithinWindow(article.Published, f.Entry.Story)
            && !DifferentDays(article.TitleNumbers, f.Member.Article.TitleNumbers));

    /// <summary>The open stories in the window that share the most key weight with the article (ties: lower id), at most <see cref="StoryClustererOptions.MaxCandidates"/>.</summary>
    private List<Story> Candidates(LanguageIndex index, ArticleVector vector)
    {
        var hits = _hits;
        hits.Clear();
        var published = vector.Article.Published;
        Func<Story, bool> accept = s => WithinWindow(published, s);
        foreach (var (term, weight) in vector.Strongest)
            index.Candidates.Collect(term, weight, hits, accept);
        foreach (var (key, confidence) in vector.Entities)
            index.Candidates.Collect(key, confidence, hits, accept);

        // The best few of possibly thousands: a bounded min-heap instead of sorting them all.
        var best = new PriorityQueue<Story, (double Hits, long NegativeId)>(Options.MaxCandidates + 1);
        foreach (var (story, weight) in hits)
        {
            best.Enqueue(story, (weight, -story.Id));
            if (best.Count > Options.MaxCandidates) best.Dequeue();
        }
        var result = new List<Story>(best.Count);
        while (best.TryDequeue(out var story, out _)) result.Add(story);
        result.Reverse();
        // A story that shares a small part of what the best candidate shares with the article cannot match it.
        if (result.Count > 1)
        {
            var floor = hits[result[0]] * CandidateShare;
            result.RemoveAll(s => hits[s] < floor);
        }
        return result;
    }

    private readonly Dictionary<Story, double> _hits = new(ReferenceEqualityComparer.Instance);

    private void Join(LanguageIndex index, Story story, StoryMember member, ArticleVector vector)
    {
        story.Add(member, index.Idf);
        var entry = new ArticleEntry(story, member.ReprintOf);
        _articles[member.Article.ArticleId] = entry;
        _openArticles++;
        _addsSinceCompaction++;
        foreach (var (term, _) in vector.Strongest) index.Candidates.File(story, term);
        foreach (var (key, _) in vector.Entities) index.Candidates.File(story, key);
        if (member.IsCompacted) return;
        index.Reprints.File(member, entry);
        DueForCompaction(story, member.Article.Published);
    }

    /// <summary>Makes the compaction sweep look at the story once a member published at <paramref name="published"/> leaves the window.</summary>
    private void DueForCompaction(Story story, DateTimeOffset published)
    {
        if (published >= story.CompactionDue) return;
        story.CompactionDue = published;
        _compacting.Enqueue(story, (published, story.Id));
    }

    private void Merge(LanguageIndex index, Story survivor, Story absorbed)
    {
        survivor.Absorb(absorbed, index.Idf);
        absorbed.IsOpen = false;
        absorbed.MergedInto = survivor.Id;
        _mergedInto[absorbed.Id] = survivor.Id;
        _stories.Remove(absorbed.Id);
        foreach (var m in absorbed.Members) _articles[m.Article.ArticleId].Story = survivor;
        foreach (var key in absorbed.IndexedKeys) index.Candidates.File(survivor, key);
        _closing.Enqueue(survivor, (survivor.Last, survivor.Id));
        if (absorbed.OldestRecent is { } oldest) DueForCompaction(survivor, oldest);
    }

    /// <summary>Moves the clock; closes the stories a window behind it and compacts the members that fell out of it.</summary>
    private void Advance(DateTimeOffset published)
    {
        if (published <= _clock) return;
        _clock = published;
        if (_clock - _lastSweep < SweepStep) return;
        _lastSweep = _clock;
        var cutoff = _clock - Options.Window;
        while (_closing.TryPeek(out var story, out var key) && key.Last < cutoff)
        {
            _closing.Dequeue();
            if (!story.IsOpen) continue;
            if (story.Last > key.Last)
            {
                _closing.Enqueue(story, (story.Last, story.Id));
                continue;
            }
            Close(story);
        }
        if (_addsSinceCompaction >= AddsBetweenCompactions)
        {
            _addsSinceCompaction = 0;
            foreach (var index in _indexes.Values) index.Candidates.Compact();
        }
        while (_compacting.TryPeek(out var story, out var key) && key.Due < cutoff)
        {
            _compacting.Dequeue();
            if (!story.IsOpen || key.Due != story.CompactionDue) continue; // closed, merged, or queued again since
            var index = IndexFor(story.Language);
            foreach (var member in story.CompactBefore(cutoff, Frequencies.IdfOf(story.Language))) index.Reprints.Remove(member);
            story.CompactionDue = DateTimeOffset.MaxValue;
            if (story.OldestRecent is { } oldest) DueForCompaction(story, oldest);
        }
    }

    private void Close(Story story)
    {
        story.IsOpen = false;
        _openArticles -= story.Members.Count;
        // Out of the reprint index at once: what it holds follows the open stories, not the archive.
        var index = IndexFor(story.Language);
        foreach (var m in story.Members)
            if (!m.IsCompacted) index.Reprints.Remove(m);
        if (Options.OnStoryClosed is null) return;
        _stories.Remove(story.Id);
        foreach (var m in story.Members) _articles.Remove(m.Article.ArticleId);
        Options.OnStoryClosed(story);
    }

    private bool WithinWindow(DateTimeOffset at, Story story) =>
        at >= story.First - Options.Window && at <= story.Last + Options.Window;

    private static bool DifferentDays(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var days = a.Where(n => n.StartsWith(SalientNumbers.DayPrefix, StringComparison.Ordinal)).ToList();
        var other = b.Where(n => n.StartsWith(SalientNumbers.DayPrefix, StringComparison.Ordinal)).ToList();
        return days.Count > 0 && other.Count > 0 && !days.Intersect(other, StringComparer.Ordinal).Any();
    }

    private LanguageIndex IndexFor(string language)
    {
        if (!_indexes.TryGetValue(language, out var index))
            _indexes[language] = index = new LanguageIndex(new CandidateIndex(Options.PostingCap, Options.PostingScan), new ReprintIndex(), new IdfTable(Frequencies, language));
        return index;
    }

    private sealed record LanguageIndex(CandidateIndex Candidates, ReprintIndex Reprints, IdfTable Idf);

    /// <summary>The clusterer's state as plain data (see <see cref="Restore"/>).</summary>
    public StoryClustererState Export() => new(
        _nextId,
        _clock,
        Frequencies.Export(),
        Stories.Select(s => new StorySnapshot(s.Id, s.IsOpen, s.Members.ToArray())).ToArray(),
        _mergedInto.OrderBy(p => p.Key).ToArray());

    /// <summary>
    /// A clusterer that carries on from <paramref name="state"/>. The candidate index is rebuilt from the
    /// members, so the next articles land where they would have in the original run as long as no index
    /// list had reached its cap (the rebuilt lists hold the same stories in a different order). A member that was
    /// compacted before the export brings back only what it kept (<see cref="StoryMember.Compacted"/>): its terms,
    /// names and numbers no longer count in its story's aggregates. (The story worker restores from stored
    /// articles, which it featurizes anew, so its members come back whole.)
    /// </summary>
    public static StoryClusterer Restore(StoryClustererState state, StoryClustererOptions? options = null)
    {
        var clusterer = new StoryClusterer(options, DocumentFrequencies.Import(state.Frequencies));
        foreach (var (from, into) in state.Merges) clusterer._mergedInto[from] = into;
        foreach (var snapshot in state.Stories.OrderBy(s => s.Id))
        {
            var story = new Story(snapshot.Id, snapshot.Members[0].Article.Language);
            var index = clusterer.IndexFor(story.Language);
            index.Idf.Refresh();
            clusterer._stories[story.Id] = story;
            foreach (var member in snapshot.Members)
                clusterer.Join(index, story, member, new ArticleVector(member.Article, index.Idf.AsFunc(), clusterer.Options.CandidateKeys));
            if (snapshot.IsOpen)
            {
                clusterer._closing.Enqueue(story, (story.Last, story.Id));
                continue;
            }
            story.IsOpen = false; // closed before: kept for reading, not handed to OnStoryClosed again
            clusterer._openArticles -= story.Members.Count;
            foreach (var m in story.Members)
                if (!m.IsCompacted) index.Reprints.Remove(m);
        }
        clusterer._nextId = Math.Max(state.NextStoryId, clusterer._stories.Keys.DefaultIfEmpty(0).Max() + 1);
        clusterer._clock = state.Clock;
        clusterer._lastSweep = state.Clock;
        return clusterer;
    }
}
