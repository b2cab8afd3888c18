using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Sources;

namespace Svodka.Storage.Stats;

/// <summary>The counts the status page and `svodka stats` show.</summary>
public sealed class StatsStore(IDbContextFactory<SvodkaDb> factory)
{
    public async Task<StorageStats> GetAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var counts = await PipelineCounts.ReadAsync(db, ct);
        var failing = counts.Sources.Where(s => s.Key.Status == SourceStatus.Failing).Sum(s => s.Value);
        return new StorageStats(counts.SourcesTotal, counts.Articles, counts.Stories, failing);
    }
}
