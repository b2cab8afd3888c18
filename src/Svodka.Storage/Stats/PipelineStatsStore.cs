using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Sources;

namespace Svodka.Storage.Stats;

/// <summary>How far each stage of the pipeline has got: the admin's status page.</summary>
public sealed record PipelineStats(
    IReadOnlyDictionary<SourceStatus, long> SourcesByStatus,
    long DisabledSources,
    long Articles,
    long Stories,
    long AwaitingAnalysis,
    long AwaitingStories,
    IReadOnlyList<FetchError> RecentErrors);

public sealed record FetchError(long SourceId, string Source, DateTimeOffset At, int? HttpStatus, string Error);

public sealed class PipelineStatsStore(IDbContextFactory<SvodkaDb> factory)
{
    public async Task<PipelineStats> GetAsync(int errors, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var byStatus = (await db.Sources.Where(s => s.Enabled).GroupBy(s => s.Status)
            .Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct)).ToDictionary(g => g.Key, g => g.Count);
        var disabled = await db.Sources.LongCountAsync(s => !s.Enabled, ct);
        var articles = await db.Articles.LongCountAsync(ct);
        var stories = await db.Stories.LongCountAsync(s => s.MergedInto == null, ct);
        var unanalysed = await db.Articles.LongCountAsync(a => a.AnalysedAt == null, ct);
        var waiting = await db.Articles.LongCountAsync(a => a.ClusteredAt == null && a.AnalysedAt != null, ct);
        var recent = await db.FetchLog.AsNoTracking().Where(f => f.Error != null)
            .OrderByDescending(f => f.Id).Take(errors)
            .Join(db.Sources, f => f.SourceId, s => s.Id, (f, s) => new { f.SourceId, Title = s.Title ?? s.FeedUrl, f.StartedAt, f.HttpStatus, f.Error })
            .ToListAsync(ct);
        return new PipelineStats(byStatus, disabled, articles, stories, unanalysed, waiting,
            recent.ConvertAll(f => new FetchError(f.SourceId, f.Title, f.StartedAt, f.HttpStatus, f.Error!)));
    }
}
