namespace Svodka.Core.Stories;

/// <summary>
/// Term and entity keys → the open stories filed under them, most recently filed last. Each list is
/// capped: past <c>cap</c> entries the closed and merged stories go, then the least recently updated
/// ones, so looking up a common word costs the same with ten thousand stories as with a million; the
/// clusterer drops closed stories everywhere every so many articles (<see cref="Compact"/>).
/// </summary>
internal sealed class CandidateIndex(int cap, int scan)
{
    private readonly Dictionary<string, List<Story>> _postings = new(StringComparer.Ordinal);
    private long _stamp;

    public int Keys => _postings.Count;

    public void File(Story story, string key)
    {
        if (!story.IndexedKeys.Add(key) && RecentlyFiled(key, story)) return;
        if (!_postings.TryGetValue(key, out var list)) _postings[key] = list = [];
        list.Add(story);
        if (list.Count > cap) Prune(list);
    }

    /// <summary>
    /// Adds <paramref name="weight"/> to each open story among the <c>scan</c> most recently filed under
    /// <paramref name="key"/> that <paramref name="accept"/> lets through. A story is filed again whenever an
    /// article joins it, so the tail holds the stories that are alive; a common word's older entries are
    /// reached through the article's rarer words instead.
    /// </summary>
    public void Collect(string key, double weight, Dictionary<Story, double> hits, Func<Story, bool> accept)
    {
        if (!_postings.TryGetValue(key, out var list)) return;
        var stamp = ++_stamp;
        for (var i = list.Count - 1; i >= Math.Max(0, list.Count - scan); i--)
        {
            var story = list[i];
            if (story.VisitStamp == stamp || !story.IsOpen || !accept(story)) continue;
            story.VisitStamp = stamp;
            hits[story] = hits.GetValueOrDefault(story) + weight;
        }
    }

    /// <summary>Drops closed and merged stories everywhere, and keys left with none.</summary>
    public void Compact()
    {
        var empty = new List<string>();
        foreach (var (key, list) in _postings)
        {
            list.RemoveAll(s => !s.IsOpen);
            if (list.Count == 0) empty.Add(key);
        }
        foreach (var key in empty) _postings.Remove(key);
    }

    /// <summary>
    /// Among the last few entries under the key. A story filed earlier is filed again at the end, so the
    /// list's order stays "least recently updated first" for <see cref="Prune"/>; the copies go there too.
    /// </summary>
    private bool RecentlyFiled(string key, Story story)
    {
        if (!_postings.TryGetValue(key, out var list)) return false;
        for (var i = list.Count - 1; i >= Math.Max(0, list.Count - 8); i--)
            if (ReferenceEquals(list[i], story)) return true;
        return false;
    }

    private void Prune(List<Story> list)
    {
        list.RemoveAll(s => !s.IsOpen);
        var distinct = new HashSet<Story>(ReferenceEqualityComparer.Instance);
        list.RemoveAll(s => !distinct.Add(s));
        if (list.Count <= cap * 3 / 4) return;
        var keep = list.OrderByDescending(s => s.Last).ThenByDescending(s => s.Id).Take(cap * 3 / 4)
            .OrderBy(s => s.Last).ThenBy(s => s.Id).ToList();
        list.Clear();
        list.AddRange(keep);
    }
}
