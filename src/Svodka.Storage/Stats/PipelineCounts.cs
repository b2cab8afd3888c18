using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Sources;

namespace Svodka.Storage.Stats;

/// <summary>
/// The counts every status view starts from (`svodka stats`, the admin's status page, /metrics), read one way:
/// sources by switch and status, articles, live stories, and the articles each background stage still owes.
/// </summary>
public sealed record PipelineCounts(
    IReadOnlyDictionary<(bool Enabled, SourceStatus Status), long> Sources,
    long Articles,
    long Stories,
    long AwaitingAnalysis,
    long AwaitingStories)
{
    public long SourcesTotal => Sources.Values.Sum();

    public long Disabled => Sources.Where(s => !s.Key.Enabled).Sum(s => s.Value);

    /// <summary>Enabled sources by status.</summary>
    public IReadOnlyDictionary<SourceStatus, long> EnabledByStatus =>
        Sources.Where(s => s.Key.Enabled).ToDictionary(s => s.Key.Status, s => s.Value);

    public static async Task<PipelineCounts> ReadAsync(SvodkaDb db, CancellationToken ct)
    {
        var sources = await db.Sources.GroupBy(s => new { s.Enabled, s.Status })
            .Select(g => new { g.Key.Enabled, g.Key.Status, Count = g.LongCount() }).ToListAsync(ct);
        var articles = await db.Articles.LongCountAsync(ct);
        var stories = await db.Stories.LongCountAsync(s => s.MergedInto == null, ct);
        var awaitingAnalysis = await db.Articles.LongCountAsync(a => a.AnalysedAt == null, ct);
        var awaitingStories = await db.Articles.LongCountAsync(a => a.ClusteredAt == null && a.AnalysedAt != null, ct);
        return new PipelineCounts(sources.ToDictionary(s => (s.Enabled, s.Status), s => s.Count),
            articles, stories, awaitingAnalysis, awaitingStories);
    }
}
