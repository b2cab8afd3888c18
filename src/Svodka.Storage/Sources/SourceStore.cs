using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Entities;
using Svodka.Storage.Writing;

namespace Svodka.Storage.Sources;

/// <summary>The feeds Svodka polls: adding, listing, switching off, and leasing the due ones to workers.</summary>
public sealed class SourceStore(IDbContextFactory<SvodkaDb> factory, TimeProvider clock)
{
    /// <summary>How many recent item times a lease carries for the scheduler.</summary>
    public const int RecentItemCount = 20;

    /// <exception cref="SourceExistsException">a source with this feed URL exists</exception>
    /// <exception cref="ArgumentException">the feed URL is not an absolute http(s) URL</exception>
    public async Task<SourceRecord> AddAsync(NewSource source, CancellationToken ct)
    {
        var feedUrl = CheckedFeedUrl(source.FeedUrl);
        await using var db = factory.CreateDbContext();
        var existing = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.FeedUrl == feedUrl, ct);
        if (existing is not null) throw new SourceExistsException(SourceRecord.From(existing));

        var entity = new Source
        {
            FeedUrl = feedUrl,
            Title = StoredText.CleanOptional(source.Title),
            SiteUrl = StoredText.CleanOptional(source.SiteUrl),
            Category = StoredText.CleanOptional(source.Category),
            FetchPolicy = source.FetchPolicy,
            CreatedAt = WholeMilliseconds(clock.GetUtcNow()),
        };
        db.Sources.Add(entity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (WriteConflict.IsUniqueViolation(e))
        {
            // Added by another process between our check and our insert.
            db.ChangeTracker.Clear();
            var winner = await db.Sources.AsNoTracking().FirstAsync(s => s.FeedUrl == feedUrl, ct);
            throw new SourceExistsException(SourceRecord.From(winner));
        }
        return SourceRecord.From(entity);
    }

    public async Task<IReadOnlyList<SourceRecord>> ListAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        return sources.ConvertAll(SourceRecord.From);
    }

    /// <summary>By id ("12") or by exact feed URL.</summary>
    public async Task<SourceRecord?> FindAsync(string idOrFeedUrl, CancellationToken ct)
    {
        var key = idOrFeedUrl.Trim();
        await using var db = factory.CreateDbContext();
        var source = long.TryParse(key, out var id)
            ? await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
            : await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.FeedUrl == key, ct);
        return source is null ? null : SourceRecord.From(source);
    }

    /// <summary>
    /// Removes the source, its fetch log and its links; articles that no other source carried go
    /// with it, articles other sources carried stay. False when there was no such source.
    /// </summary>
    public async Task<bool> RemoveAsync(long id, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Articles
            .Where(a => a.Sources.Any(l => l.SourceId == id) && a.Sources.All(l => l.SourceId == id))
            .ExecuteDeleteAsync(ct);
        var removed = await db.Sources.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        return removed > 0;
    }

    /// <summary>A disabled source is never claimed for fetching. False when there was no such source.</summary>
    public async Task<bool> SetEnabledAsync(long id, bool enabled, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var changed = await db.Sources.Where(s => s.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Enabled, enabled), ct);
        return changed > 0;
    }

    /// <summary>Sets how much the outlet's reports weigh in ranking (0–10; 1 is ordinary).</summary>
    public async Task<bool> SetAuthorityAsync(long id, double authority, CancellationToken ct)
    {
        if (!double.IsFinite(authority) || authority is < 0 or > 10)
            throw new ArgumentOutOfRangeException(nameof(authority), authority, "authority must be between 0 and 10");
        await using var db = factory.CreateDbContext();
        return await db.Sources.Where(s => s.Id == id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Authority, authority), ct) > 0;
    }

    /// <summary>Every source's ranking weight that differs from the ordinary 1.</summary>
    public async Task<IReadOnlyDictionary<long, double>> AuthoritiesAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Sources.AsNoTracking().Where(s => s.Authority != 1.0).ToDictionaryAsync(s => s.Id, s => s.Authority, ct);
    }

    /// <summary>
    /// Leases up to <paramref name="max"/> enabled sources that are due (next fetch at or before
    /// <paramref name="now"/>, or never fetched) and not leased by a live worker, earliest due first.
    /// </summary>
    public async Task<IReadOnlyList<SourceLease>> ClaimDueAsync(string workerId, DateTimeOffset now, int max,
        TimeSpan leaseFor, CancellationToken ct)
    {
        if (max <= 0) return [];
        var until = now + leaseFor;
        await using var db = factory.CreateDbContext();

        List<long> ids;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            ids = await DueSourceClaim.ClaimAsync(db, workerId, now, until, max, ct);
            await tx.CommitAsync(ct);
        }
        if (ids.Count == 0) return [];

        var sources = await db.Sources.AsNoTracking().Where(s => EF.Parameter(ids).Contains(s.Id)).ToListAsync(ct);
        var leases = new List<SourceLease>(sources.Count);
        foreach (var source in sources.OrderBy(s => s.NextFetchAt ?? DateTimeOffset.MinValue).ThenBy(s => s.Id))
        {
            var recent = await db.ArticleSources.AsNoTracking()
                .Where(l => l.SourceId == source.Id)
                .OrderByDescending(l => l.FirstSeenAt).ThenByDescending(l => l.ArticleId)
                .Take(RecentItemCount)
                .Select(l => l.Article!.PublishedAt ?? l.FirstSeenAt)
                .ToListAsync(ct);
            recent.Sort((a, b) => b.CompareTo(a));
            leases.Add(new SourceLease(SourceRecord.From(source), until, recent));
        }
        return leases;
    }

    // What both databases keep, so that the record returned here equals the one read back later.
    private static DateTimeOffset WholeMilliseconds(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());

    private static string CheckedFeedUrl(string feedUrl)
    {
        var trimmed = feedUrl.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"'{feedUrl}' is not a feed URL: an absolute http:// or https:// address is needed", nameof(feedUrl));
        return StoredText.CleanNotNull(trimmed);
    }
}
