using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.Sources;

/// <summary>
/// Leases due sources in one statement, so that two workers (threads or processes) never get the
/// same one. PostgreSQL skips rows another claimer has locked; SQLite has one writer at a time.
/// A lease that has run out (its worker died) is claimable again.
/// </summary>
internal static class DueSourceClaim
{
    public static Task<List<long>> ClaimAsync(SvodkaDb db, string workerId, DateTimeOffset now,
        DateTimeOffset until, int max, CancellationToken ct) => db.Provider switch
    {
        DatabaseProvider.Postgres => db.Database.SqlQuery<long>($"""
            UPDATE sources SET lease_owner = {workerId}, lease_until = {until.ToUniversalTime()}
            WHERE id IN (
                SELECT id FROM sources
                WHERE enabled
                  AND (next_fetch_at IS NULL OR next_fetch_at <= {now.ToUniversalTime()})
                  AND (lease_until IS NULL OR lease_until <= {now.ToUniversalTime()})
                ORDER BY next_fetch_at NULLS FIRST, id
                LIMIT {max}
                FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(ct),

        // Times are unix milliseconds on SQLite (UnixMillisecondsConverter); NULLs sort first.
        _ => db.Database.SqlQuery<long>($"""
            UPDATE sources SET lease_owner = {workerId}, lease_until = {until.ToUnixTimeMilliseconds()}
            WHERE id IN (
                SELECT id FROM sources
                WHERE enabled
                  AND (next_fetch_at IS NULL OR next_fetch_at <= {now.ToUnixTimeMilliseconds()})
                  AND (lease_until IS NULL OR lease_until <= {now.ToUnixTimeMilliseconds()})
                ORDER BY next_fetch_at, id
                LIMIT {max})
            RETURNING id AS "Value"
            """).ToListAsync(ct),
    };
}
