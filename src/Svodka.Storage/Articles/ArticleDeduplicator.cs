using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Entities;
using Svodka.Storage.Writing;

namespace Svodka.Storage.Articles;

/// <summary>
/// Writes one chunk of a source's drafts: each draft becomes a new article or is matched to the
/// article it duplicates, and the source gets one link per article it carried. A draft is the
/// article that has (1) its canonical URL, else (2) its item id in this source's feed, else (3) its
/// host and content hash. Matching reads what is committed; unique indexes on the same keys make it
/// hold against concurrent writers: an article another writer committed meanwhile is skipped at
/// insert and matched on the next round, and anything else that collides (a deadlock, a link the
/// other writer added) makes the caller retry the whole chunk.
/// </summary>
internal static class ArticleDeduplicator
{
    public readonly record struct Added(int New, int Seen, int Links);

    /// <summary>Runs inside the caller's transaction.</summary>
    public static async Task<Added> AddAsync(SvodkaDb db, long sourceId, IReadOnlyList<PreparedDraft> chunk,
        DateTimeOffset fetchedAt, CancellationToken ct)
    {
        var inserted = 0;
        for (var round = 1; ; round++)
        {
            var plan = await PlanAsync(db, sourceId, chunk, fetchedAt, ct);
            var ids = await RowInsert.InsertNewReturningIdsAsync(db, plan.Articles, nameof(Article.CanonicalUrl), ct);
            inserted += ids.Count(id => id != 0);
            if (ids.Contains(0))
            {
                // Another writer committed one of these articles after we looked (PostgreSQL; SQLite
                // writes one at a time). Match the chunk again: it now finds that article, and the
                // ones just inserted, as existing, without redoing the inserts.
                if (round < MaxRounds) continue;
                throw new InvalidOperationException($"articles kept colliding with concurrent writers after {MaxRounds} rounds");
            }

            for (var i = 0; i < ids.Length; i++) plan.Articles[i].Id = ids[i];
            foreach (var link in plan.Links)
                if (link.Article is { } article) link.ArticleId = article.Id;
            if (plan.Links.Count > 0)
                await RowInsert.InsertAsync(db, plan.Links, ct);
            return new Added(inserted, chunk.Count - inserted, plan.Links.Count);
        }
    }

    private const int MaxRounds = 10;

    /// <summary>The rows a chunk adds: new articles, and links whose article is either an id or one of those.</summary>
    private sealed record Plan(List<Article> Articles, List<ArticleSource> Links);

    /// <summary>
    /// An existing article (by id) or one added in this chunk (by entity); one instance per article,
    /// so <see cref="Linked"/> says whether this source already carries it.
    /// </summary>
    private sealed class Match(long id, Article? entity)
    {
        public long Id { get; } = id;
        public Article? Entity { get; } = entity;
        public bool Linked { get; set; }
    }

    private static async Task<Plan> PlanAsync(SvodkaDb db, long sourceId, IReadOnlyList<PreparedDraft> chunk,
        DateTimeOffset fetchedAt, CancellationToken ct)
    {
        // EF.Parameter: one list parameter (json_each on SQLite, = ANY on PostgreSQL), so the SQL is the
        // same whatever the chunk holds and the query is compiled and prepared once.
        var urls = chunk.Select(d => d.CanonicalUrl).Distinct().ToList();
        var itemIds = chunk.Select(d => d.ItemId).OfType<string>().Distinct().ToList();
        var siteKeys = chunk.Select(d => d.SiteContentKey).OfType<string>().Distinct().ToList();

        var existing = new Dictionary<long, Match>();
        Match Existing(long id) => existing.TryGetValue(id, out var m) ? m : existing[id] = new Match(id, null);

        var byUrl = (await db.Articles.AsNoTracking()
                .Where(a => EF.Parameter(urls).Contains(a.CanonicalUrl))
                .Select(a => new { a.CanonicalUrl, a.Id })
                .ToListAsync(ct))
            .ToDictionary(a => a.CanonicalUrl, a => Existing(a.Id), StringComparer.Ordinal);

        var byItem = itemIds.Count == 0
            ? new Dictionary<string, Match>(StringComparer.Ordinal)
            : (await db.ArticleSources.AsNoTracking()
                    .Where(l => l.SourceId == sourceId && EF.Parameter(itemIds).Contains(l.ItemId!))
                    .Select(l => new { ItemId = l.ItemId!, l.ArticleId })
                    .ToListAsync(ct))
                .ToDictionary(l => l.ItemId, l => Existing(l.ArticleId), StringComparer.Ordinal);
        // Item ids this source already uses: unique per source, so a second article cannot take one.
        var itemIdsTaken = new HashSet<string>(byItem.Keys, StringComparer.Ordinal);

        var bySiteKey = siteKeys.Count == 0
            ? new Dictionary<string, Match>(StringComparer.Ordinal)
            : (await db.Articles.AsNoTracking()
                    .Where(a => EF.Parameter(siteKeys).Contains(a.SiteContentKey!))
                    .Select(a => new { SiteContentKey = a.SiteContentKey!, a.Id })
                    .ToListAsync(ct))
                .ToDictionary(a => a.SiteContentKey, a => Existing(a.Id), StringComparer.Ordinal);

        var matchedIds = existing.Keys.ToList();
        if (matchedIds.Count > 0)
        {
            var linkedIds = await db.ArticleSources.AsNoTracking()
                .Where(l => l.SourceId == sourceId && EF.Parameter(matchedIds).Contains(l.ArticleId))
                .Select(l => l.ArticleId)
                .ToListAsync(ct);
            foreach (var id in linkedIds) existing[id].Linked = true;
        }

        var articles = new List<Article>();
        var links = new List<ArticleSource>();
        foreach (var draft in chunk)
        {
            var match = byUrl.GetValueOrDefault(draft.CanonicalUrl)
                        ?? (draft.ItemId is null ? null : byItem.GetValueOrDefault(draft.ItemId))
                        ?? (draft.SiteContentKey is null ? null : bySiteKey.GetValueOrDefault(draft.SiteContentKey));
            if (match is null)
            {
                var article = NewArticle(draft, fetchedAt);
                articles.Add(article);
                match = new Match(0, article);
                if (draft.SiteContentKey is not null) bySiteKey[draft.SiteContentKey] = match;
            }
            byUrl.TryAdd(draft.CanonicalUrl, match);
            if (draft.ItemId is not null) byItem.TryAdd(draft.ItemId, match);

            if (match.Linked) continue;
            match.Linked = true;
            var itemId = draft.ItemId is not null && itemIdsTaken.Add(draft.ItemId) ? draft.ItemId : null;
            links.Add(new ArticleSource
            {
                ArticleId = match.Id,
                Article = match.Entity,
                SourceId = sourceId,
                ItemId = itemId,
                FirstSeenAt = fetchedAt,
            });
        }
        return new Plan(articles, links);
    }

    private static Article NewArticle(PreparedDraft prepared, DateTimeOffset fetchedAt)
    {
        var draft = prepared.Draft;
        var published = draft.Published?.ToUniversalTime();
        return new Article
        {
            CanonicalUrl = prepared.CanonicalUrl,
            Url = StoredText.CleanOptional(draft.Url) ?? prepared.CanonicalUrl,
            Title = StoredText.CleanNotNull(draft.Title.Trim()),
            PublishedAt = published,
            UpdatedAt = draft.Updated?.ToUniversalTime(),
            FetchedAt = fetchedAt,
            ListedAt = published is { } p && p < fetchedAt ? p : fetchedAt,
            Author = StoredText.CleanOptional(draft.Author),
            Summary = StoredText.CleanOptional(draft.Summary),
            ContentHtml = StoredText.CleanOptional(draft.ContentHtml),
            Text = StoredText.CleanOptional(draft.Text),
            Language = StoredText.CleanOptional(draft.Language),
            ImageUrl = StoredText.CleanOptional(draft.ImageUrl),
            Categories = draft.Categories.Select(StoredText.CleanOptional).OfType<string>().Distinct().ToList(),
            ContentHash = StoredText.CleanNotNull(draft.ContentHash.Trim()),
            SiteContentKey = prepared.SiteContentKey,
        };
    }
}
