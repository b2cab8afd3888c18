using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.Sources;

/// <summary>
/// How many articles each source brought per day (by when the source first carried them, UTC days): the admin's
/// sparklines. One grouped query for all sources, whatever their number.
/// </summary>
public sealed class SourceActivity(IDbContextFactory<SvodkaDb> factory, TimeProvider time)
{
    /// <summary>Per source, the counts of the last <paramref name="days"/> UTC days, oldest first, today (so far) last.</summary>
    public async Task<IReadOnlyDictionary<long, int[]>> DailyAsync(int days, CancellationToken ct)
    {
        var today = time.GetUtcNow().UtcDateTime.Date;
        var from = new DateTimeOffset(today.AddDays(1 - days), TimeSpan.Zero);
        await using var db = factory.CreateDbContext();
        var rows = await (db.Provider switch
        {
            DatabaseProvider.Postgres => db.Database.SqlQuery<SourceDayCount>($"""
                SELECT source_id, floor(extract(epoch FROM first_seen_at - {from}) / 86400)::bigint AS day, count(*) AS items
                FROM article_sources
                WHERE first_seen_at >= {from}
                GROUP BY 1, 2
                """),
            // Times are unix milliseconds on SQLite (UnixMillisecondsConverter).
            _ => db.Database.SqlQuery<SourceDayCount>($"""
                SELECT source_id, (first_seen_at - {from.ToUnixTimeMilliseconds()}) / 86400000 AS day, count(*) AS items
                FROM article_sources
                WHERE first_seen_at >= {from.ToUnixTimeMilliseconds()}
                GROUP BY 1, 2
                """),
        }).ToListAsync(ct);
        var counts = new Dictionary<long, int[]>();
        foreach (var row in rows.Where(r => r.Day >= 0 && r.Day < days))
        {
            if (!counts.TryGetValue(row.SourceId, out var series)) counts[row.SourceId] = series = new int[days];
            series[row.Day] += (int)row.Items;
        }
        return counts;
    }

    private sealed class SourceDayCount
    {
        public long SourceId { get; init; }
        public long Day { get; init; }
        public long Items { get; init; }
    }
}
