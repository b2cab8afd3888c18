using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.FetchLog;

/// <summary>Every fetch attempt of a source, for the source page and `svodka sources log`.</summary>
public sealed class FetchLogStore(IDbContextFactory<SvodkaDb> factory)
{
    /// <summary>The latest attempts first.</summary>
    public async Task<IReadOnlyList<FetchLogRecord>> ForSourceAsync(long sourceId, int take, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var entries = await db.FetchLog.AsNoTracking()
            .Where(f => f.SourceId == sourceId)
            .OrderByDescending(f => f.StartedAt).ThenByDescending(f => f.Id)
            .Take(Math.Max(0, take))
            .ToListAsync(ct);
        return entries.ConvertAll(f => new FetchLogRecord(f.Id, f.SourceId, f.StartedAt, f.HttpStatus,
            TimeSpan.FromMilliseconds(f.DurationMs), f.Bytes, f.ItemsNew, f.ItemsSeen, f.Error));
    }
}
