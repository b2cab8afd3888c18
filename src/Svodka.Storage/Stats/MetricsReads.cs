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
        var articles = await db.Articles.LongCountAsync(ct);
        var stories = await db.Stories.LongCountAsync(s => s.MergedInto == null, ct);
        var sources = await db.Sources.GroupBy(s => new { s.Enabled, s.Status }).Select(g => new { g.Key.Enabled, g.Key.Status, Count = g.LongCount() }).ToListAsync(ct);
        var awaitingAnalysis = await db.Articles.LongCountAsync(a => a.AnalysedAt == null, ct);
        var awaitingStories = await db.Articles.LongCountAsync(a => a.ClusteredAt == null && a.AnalysedAt != null, ct);

        var bySourceStatus = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            var label = s.Enabled ? s.Status.ToString().ToLowerInvariant() : "disabled";
            bySourceStatus[label] = bySourceStatus.GetValueOrDefault(label) + s.Count;
        }
        return new MetricCounts(
            fetches.ToDictionary(f => f.Status?.ToString() ?? "none", f => f.Count, StringComparer.Ordinal),
            fetchErrors, articles, stories, bySourceStatus, awaitingAnalysis, awaitingStories);
    }
}
