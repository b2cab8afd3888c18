using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Sources;

namespace Svodka.Storage.Stats;

/// <summary>The counts the status page and `svodka stats` show.</summary>
public sealed class StatsStore(IDbContextFactory<SvodkaDb> factory)
{
    public async Task<StorageStats> GetAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var sources = await db.Sources.LongCountAsync(ct);
        var failing = await db.Sources.LongCountAsync(s => s.Status == SourceStatus.Failing, ct);
        var articles = await db.Articles.LongCountAsync(ct);
        var stories = await db.Stories.LongCountAsync(s => s.MergedInto == null, ct);
        return new StorageStats(sources, articles, stories, failing);
    }
}
