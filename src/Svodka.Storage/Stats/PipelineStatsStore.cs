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
        var counts = await PipelineCounts.ReadAsync(db, ct);
        var recent = await db.FetchLog.AsNoTracking().Where(f => f.Error != null)
            .OrderByDescending(f => f.Id).Take(errors)
            .Join(db.Sources, f => f.SourceId, s => s.Id, (f, s) => new { f.SourceId, Title = s.Title ?? s.FeedUrl, f.StartedAt, f.HttpStatus, f.Error })
            .ToListAsync(ct);
        return new PipelineStats(counts.EnabledByStatus, counts.Disabled, counts.Articles, counts.Stories, counts.AwaitingAnalysis, counts.AwaitingStories,
            recent.ConvertAll(f => new FetchError(f.SourceId, f.Title, f.StartedAt, f.HttpStatus, f.Error!)));
    }
}
