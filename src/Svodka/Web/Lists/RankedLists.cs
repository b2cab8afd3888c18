using System.Collections.Concurrent;
using Svodka.Web.Freshness;
using Svodka.Web.Ranking;

namespace Svodka.Web.Lists;

/// <summary>
/// Ranked story lists by site and filter, kept while the content version stands and for at most
/// <see cref="Lifetime"/> (weights decay with time). A filter's period is taken to the minute, so requests in
/// one minute share a list. Concurrent misses of one list rank it once.
/// </summary>
public sealed class RankedLists(SiteContentVersion version)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private const int MaxLists = 2000;

    private sealed record Key(string Site, StoryFilter Filter);
    private sealed record Entry(long Version, DateTimeOffset Made, Lazy<Task<List<RankedListing>>> List);

    private readonly ConcurrentDictionary<Key, Entry> lists = new();

    public async Task<List<RankedListing>> GetOrAddAsync(string site, StoryFilter filter, DateTimeOffset now, Func<Task<List<RankedListing>>> rank)
    {
        var key = new Key(site, filter with { Since = Minute(filter.Since), Until = filter.Until is { } u ? Minute(u) : null });
        var current = version.Value;
        if (lists.TryGetValue(key, out var entry) && entry.Version == current && now - entry.Made < Lifetime && !entry.List.Value.IsFaulted)
            return await entry.List.Value;
        if (lists.Count >= MaxLists) lists.Clear();
        var fresh = new Entry(current, now, new Lazy<Task<List<RankedListing>>>(rank));
        entry = lists.AddOrUpdate(key, fresh, (_, old) => old.Version == current && now - old.Made < Lifetime && !old.List.Value.IsFaulted ? old : fresh);
        return await entry.List.Value;
    }

    private static DateTimeOffset Minute(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds() / 60 * 60);
}
