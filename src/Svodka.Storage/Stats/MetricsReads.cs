using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.Stats;

/// <summary>The counts behind /metrics: grouped counts over indexed or small tables, one context per scrape.</summary>
public sealed class MetricsReads(IDbContextFactory<SvodkaDb> factory)
{
    public async Task<MetricCounts> ReadAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var fetches = await db.FetchLog.GroupBy(f => f.HttpStatus).Select(g => new { Status = g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var fetchErrors = await db.FetchLog.LongCountAsync(f => f.Error != null, ct);
        var counts = await PipelineCounts.ReadAsync(db, ct);

        var bySourceStatus = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var ((enabled, status), count) in counts.Sources)
        {
            var label = enabled ? status.ToString().ToLowerInvariant() : "disabled";
            bySourceStatus[label] = bySourceStatus.GetValueOrDefault(label) + count;
        }
        return new MetricCounts(
            fetches.ToDictionary(f => f.Status?.ToString() ?? "none", f => f.Count, StringComparer.Ordinal),
            fetchErrors, counts.Articles, counts.Stories, bySourceStatus, counts.AwaitingAnalysis, counts.AwaitingStories);
    }
}
