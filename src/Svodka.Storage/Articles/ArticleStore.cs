using Microsoft.EntityFrameworkCore;
using Svodka.Core.Model;
using Svodka.Storage.Entities;
using Svodka.Storage.Sources;
using Svodka.Storage.Writing;

namespace Svodka.Storage.Articles;

/// <summary>Stores what a fetch found, de-duplicated, and reads articles back for the site.</summary>
public sealed class ArticleStore(IDbContextFactory<SvodkaDb> factory)
{
    /// <summary>Drafts per transaction: bounds a transaction's memory and lock time on a huge feed.</summary>
    public const int ChunkSize = 500;

    private const int MaxErrorLength = 2000;

    /// <summary>
    /// Stores a successful fetch: the drafts in chunks of <see cref="ChunkSize"/>, each in its own
    /// transaction, each de-duplicated against what is stored; the last transaction also writes the
    /// fetch log row and marks the source fetched (status Ok, validators, next fetch, lease released).
    /// A crash between chunks keeps the committed ones; the next poll sees them as already stored.
    /// An empty list (304 Not Modified) still logs and updates the source. A source removed
    /// meanwhile stores nothing.
    /// </summary>
    public async Task<StoreResult> StoreFetchAsync(long sourceId, IReadOnlyList<ArticleDraft> drafts,
        FetchOutcome outcome, CancellationToken ct)
    {
        var fetchedAt = outcome.StartedAt.ToUniversalTime();
        var untrusted = PreparedDraft.UntrustedItemIds(drafts);
        int added = 0, seen = 0, rejected = 0;

        var offset = 0;
        do
        {
            var count = Math.Min(ChunkSize, drafts.Count - offset);
            var chunk = new List<PreparedDraft>(count);
            for (var i = offset; i < offset + count; i++)
            {
                if (PreparedDraft.From(drafts[i], untrusted) is { } prepared) chunk.Add(prepared);
                else rejected++;
            }
            offset += count;
            var last = offset >= drafts.Count;
            var totals = new StoreResult(added, seen, rejected);

            var stored = await WithRetryAsync(db => StoreChunkAsync(db, sourceId, chunk, fetchedAt,
                last ? outcome : null, totals, ct), ct);
            if (stored is null) return new StoreResult(added, seen, rejected);
            added += stored.Value.New;
            seen += stored.Value.Seen;
        } while (offset < drafts.Count);

        return new StoreResult(added, seen, rejected);
    }

    /// <summary>Logs a failed fetch and marks the source Failing with the error, one more failure and its next fetch; releases the lease.</summary>
    public async Task RecordFailureAsync(long sourceId, FetchOutcome outcome, CancellationToken ct)
    {
        var error = Truncate(StoredText.CleanOptional(outcome.Error)) ?? "unknown error";
        await WithRetryAsync<bool>(async db =>
        {
            var found = await db.Sources.Where(s => s.Id == sourceId).ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, SourceStatus.Failing)
                .SetProperty(s => s.LastError, error)
                .SetProperty(s => s.LastFetchedAt, outcome.StartedAt.ToUniversalTime())
                .SetProperty(s => s.NextFetchAt, outcome.NextFetchAt.ToUniversalTime())
                .SetProperty(s => s.ConsecutiveFailures, s => s.ConsecutiveFailures + 1)
                .SetProperty(s => s.LeaseOwner, (string?)null)
                .SetProperty(s => s.LeaseUntil, (DateTimeOffset?)null), ct);
            if (found == 0) return false;
            db.FetchLog.Add(LogEntry(sourceId, outcome with { Error = error }, 0, 0));
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);
    }

    /// <summary>Newest first by <see cref="ArticleRecord.ListedAt"/>.</summary>
    public async Task<IReadOnlyList<ArticleRecord>> ListAsync(ArticleQuery query, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var articles = db.Articles.AsNoTracking();
        if (query.SourceId is { } sourceId)
            articles = articles.Where(a => a.Sources.Any(l => l.SourceId == sourceId));
        if (query.Since is { } since)
        {
            var from = since.ToUniversalTime();
            articles = articles.Where(a => a.ListedAt >= from);
        }
        var page = await articles
            .OrderByDescending(a => a.ListedAt).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 0, ArticleQuery.MaxTake))
            .ToListAsync(ct);
        return await WithSourcesAsync(db, page, ct);
    }

    public async Task<ArticleRecord?> GetAsync(long id, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        return article is null ? null : (await WithSourcesAsync(db, [article], ct))[0];
    }

    /// <summary>Which of these canonical URLs are stored already (so their pages need no fetching).</summary>
    public async Task<IReadOnlySet<string>> KnownCanonicalUrlsAsync(IReadOnlyList<string> canonicalUrls, CancellationToken ct)
    {
        if (canonicalUrls.Count == 0) return new HashSet<string>();
        await using var db = factory.CreateDbContext();
        var urls = canonicalUrls.Distinct().ToList();
        return (await db.Articles.AsNoTracking()
                .Where(a => EF.Parameter(urls).Contains(a.CanonicalUrl))
                .Select(a => a.CanonicalUrl)
                .ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The article this source carries under the item id, else with the canonical URL: what a draft just stored
    /// through <see cref="StoreFetchAsync"/> became, whichever de-duplication key matched it. Both are index lookups.
    /// </summary>
    public async Task<long?> CarriedIdAsync(long sourceId, string? itemId, string canonicalUrl, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        if (StoredText.CleanOptional(itemId) is { } item
            && await db.ArticleSources.Where(l => l.SourceId == sourceId && l.ItemId == item).Select(l => (long?)l.ArticleId).FirstOrDefaultAsync(ct) is { } byItem)
            return byItem;
        if (StoredText.CleanOptional(canonicalUrl) is not { } url) return null;
        return await db.Articles.Where(a => a.CanonicalUrl == url && a.Sources.Any(l => l.SourceId == sourceId))
            .Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The text analysis reads, for a page of articles in id order after <paramref name="afterId"/> (re-analysis).</summary>
    public async Task<IReadOnlyList<ArticleText>> TextsAsync(long afterId, int take, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Articles.AsNoTracking()
            .Where(a => a.Id > afterId)
            .OrderBy(a => a.Id)
            .Take(Math.Clamp(take, 1, ArticleQuery.MaxTake))
            .Select(a => new ArticleText(a.Id, a.Title, a.Text ?? a.Summary, a.Language, a.Url))
            .ToListAsync(ct);
    }

    /// <summary>Replaces the analysis of these articles (columns and tags) in one transaction.</summary>
    public async Task SaveAnalysesAsync(IReadOnlyList<(long ArticleId, ArticleAnalysis Analysis)> analyses, DateTimeOffset at, CancellationToken ct)
    {
        if (analyses.Count == 0) return;
        await WithRetryAsync(async db =>
        {
            var ids = analyses.Select(a => a.ArticleId).ToList();
            var rows = await db.Articles.Where(a => EF.Parameter(ids).Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
            await db.ArticleTags.Where(t => EF.Parameter(ids).Contains(t.ArticleId)).ExecuteDeleteAsync(ct);
            foreach (var (id, analysis) in analyses)
            {
                if (!rows.TryGetValue(id, out var article)) continue;
                AnalysisColumns.Apply(article, analysis, at.ToUniversalTime());
                db.ArticleTags.AddRange(AnalysisColumns.Rows(id, analysis));
            }
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);
    }

    public async Task<long> CountAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Articles.LongCountAsync(ct);
    }

    /// <returns>Null when the source no longer exists.</returns>
    private static async Task<ArticleDeduplicator.Added?> StoreChunkAsync(SvodkaDb db, long sourceId,
        List<PreparedDraft> chunk, DateTimeOffset fetchedAt, FetchOutcome? finalOutcome, StoreResult before,
        CancellationToken ct)
    {
        if (!await db.Sources.AnyAsync(s => s.Id == sourceId, ct)) return null;

        var added = await ArticleDeduplicator.AddAsync(db, sourceId, chunk, fetchedAt, ct);
        if (finalOutcome is not null)
            db.FetchLog.Add(LogEntry(sourceId, finalOutcome, before.New + added.New, before.Seen + added.Seen));
        await db.SaveChangesAsync(ct);

        if (finalOutcome is not null)
            await MarkFetchedAsync(db, sourceId, finalOutcome, added.Links, ct);
        else if (added.Links > 0)
            await db.Sources.Where(s => s.Id == sourceId).ExecuteUpdateAsync(set => set
                .SetProperty(s => s.ItemsTotal, s => s.ItemsTotal + added.Links), ct);
        return added;
    }

    private static Task MarkFetchedAsync(SvodkaDb db, long sourceId, FetchOutcome outcome, int links, CancellationToken ct)
    {
        var at = outcome.StartedAt.ToUniversalTime();
        var feedTitle = StoredText.CleanOptional(outcome.FeedTitle);
        var feedSiteUrl = StoredText.CleanOptional(outcome.FeedSiteUrl);
        var etag = StoredText.CleanOptional(outcome.ETag);
        var lastModified = StoredText.CleanOptional(outcome.LastModified);
        // A 304 may omit the validators; the ones we sent are still the right ones to send next time.
        var keepValidators = outcome.HttpStatus == 304;
        return db.Sources.Where(s => s.Id == sourceId).ExecuteUpdateAsync(set =>
        {
            if (keepValidators)
            {
                set.SetProperty(s => s.ETag, s => etag ?? s.ETag);
                set.SetProperty(s => s.LastModified, s => lastModified ?? s.LastModified);
            }
            else
            {
                set.SetProperty(s => s.ETag, etag);
                set.SetProperty(s => s.LastModified, lastModified);
            }
            set.SetProperty(s => s.Status, SourceStatus.Ok)
            .SetProperty(s => s.LastError, (string?)null)
            .SetProperty(s => s.Title, s => s.Title ?? feedTitle)
            .SetProperty(s => s.SiteUrl, s => s.SiteUrl ?? feedSiteUrl)
            .SetProperty(s => s.LastFetchedAt, at)
            .SetProperty(s => s.LastSuccessAt, at)
            .SetProperty(s => s.NextFetchAt, outcome.NextFetchAt.ToUniversalTime())
            .SetProperty(s => s.ConsecutiveFailures, 0)
            .SetProperty(s => s.ItemsTotal, s => s.ItemsTotal + links)
            .SetProperty(s => s.LeaseOwner, (string?)null)
            .SetProperty(s => s.LeaseUntil, (DateTimeOffset?)null);
        }, ct);
    }

    private static FetchLogEntry LogEntry(long sourceId, FetchOutcome outcome, int itemsNew, int itemsSeen) => new()
    {
        SourceId = sourceId,
        StartedAt = outcome.StartedAt.ToUniversalTime(),
        HttpStatus = outcome.HttpStatus,
        DurationMs = (long)Math.Max(0, outcome.Duration.TotalMilliseconds),
        Bytes = outcome.Bytes,
        ItemsNew = itemsNew,
        ItemsSeen = itemsSeen,
        Error = Truncate(StoredText.CleanOptional(outcome.Error)),
    };

    /// <summary>
    /// Runs one transaction, again from the start when another writer committed a conflicting row
    /// first (two workers inserting the same canonical URL): the retry sees that row and links to it.
    /// </summary>
    internal async Task<T> WithRetryAsync<T>(Func<SvodkaDb, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = factory.CreateDbContext();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await work(db);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (Exception e) when (attempt < WriteConflict.MaxAttempts && WriteConflict.IsRetryable(e))
            {
                await tx.RollbackAsync(CancellationToken.None);
            }
        }
    }

    /// <param name="carriers">The articles' outlets, earliest first, when the caller read them already.</param>
    internal static async Task<IReadOnlyList<ArticleRecord>> WithSourcesAsync(SvodkaDb db, List<Article> articles, CancellationToken ct,
        ILookup<long, CarryingSource>? carriers = null)
    {
        if (articles.Count == 0) return [];
        var ids = articles.Select(a => a.Id).ToList();
        carriers ??= (await db.ArticleSources.AsNoTracking()
                .Where(l => EF.Parameter(ids).Contains(l.ArticleId))
                .Select(l => new { l.ArticleId, l.SourceId, Title = l.Source!.Title ?? l.Source.FeedUrl, l.FirstSeenAt })
                .ToListAsync(ct))
            .OrderBy(l => l.FirstSeenAt).ThenBy(l => l.SourceId)
            .ToLookup(l => l.ArticleId, l => new CarryingSource(l.SourceId, l.Title, l.FirstSeenAt));

        var tags = (await db.ArticleTags.AsNoTracking()
                .Where(t => EF.Parameter(ids).Contains(t.ArticleId))
                .ToListAsync(ct))
            .ToLookup(t => t.ArticleId);

        return articles.ConvertAll(a => new ArticleRecord(
            a.Id, a.Title, a.Url, a.CanonicalUrl, a.PublishedAt, a.UpdatedAt, a.FetchedAt, a.ListedAt, a.Author,
            a.Summary, a.ContentHtml, a.Text, a.Language, a.ImageUrl, a.Categories, a.ContentHash,
            carriers[a.Id].ToList(), AnalysisColumns.Read(a, tags[a.Id]), a.PageError));
    }

    private static string? Truncate(string? error) =>
        error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] + "…" : error;
}
