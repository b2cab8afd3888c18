using Svodka.Core.Model;
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
            var tags = plan.Analyses.SelectMany(a => AnalysisColumns.Rows(a.Article.Id, a.Analysis)).ToList();
            if (tags.Count > 0)
                await RowInsert.InsertAsync(db, tags, ct);
            foreach (var link in plan.Links)
                if (link.Article is { } article) link.ArticleId = article.Id;
            if (plan.Links.Count > 0)
                await RowInsert.InsertAsync(db, plan.Links, ct);
            return new Added(inserted, chunk.Count - inserted, plan.Links.Count);
        }
    }

    private const int MaxRounds = 10;
    private const int ByUrl = 1, ByItemId = 2, BySiteContent = 3;

    /// <summary>The rows a chunk adds: new articles, and links whose article is either an id or one of those.</summary>
    private sealed record Plan(List<Article> Articles, List<ArticleSource> Links, List<(Article Article, ArticleAnalysis? Analysis)> Analyses);

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
        var urls = chunk.Select(d => d.CanonicalUrl).Distinct().ToList();
        var itemIds = chunk.Select(d => d.ItemId).OfType<string>().Distinct().ToList();
        var siteKeys = chunk.Select(d => d.SiteContentKey).OfType<string>().Distinct().ToList();

        // One round trip finds the stored articles by all three keys, and whether this source already
        // carries each. EF.Parameter sends each list as one parameter (json_each on SQLite, = ANY on
        // PostgreSQL), so the SQL is the same whatever the chunk holds and is compiled once.
        var hits = await db.Articles
            .Where(a => EF.Parameter(urls).Contains(a.CanonicalUrl))
            .Select(a => new { Rule = ByUrl, Key = a.CanonicalUrl, ArticleId = a.Id, Linked = a.Sources.Any(l => l.SourceId == sourceId) })
            .Concat(db.ArticleSources
                .Where(l => l.SourceId == sourceId && EF.Parameter(itemIds).Contains(l.ItemId!))
                .Select(l => new { Rule = ByItemId, Key = l.ItemId!, l.ArticleId, Linked = true }))
            .Concat(db.Articles
                .Where(a => EF.Parameter(siteKeys).Contains(a.SiteContentKey!))
                .Select(a => new { Rule = BySiteContent, Key = a.SiteContentKey!, ArticleId = a.Id, Linked = a.Sources.Any(l => l.SourceId == sourceId) }))
            .AsNoTracking()
            .ToListAsync(ct);

        var existing = new Dictionary<long, Match>();
        var byUrl = new Dictionary<string, Match>(StringComparer.Ordinal);
        var byItem = new Dictionary<string, Match>(StringComparer.Ordinal);
        var bySiteKey = new Dictionary<string, Match>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (!existing.TryGetValue(hit.ArticleId, out var match)) existing[hit.ArticleId] = match = new Match(hit.ArticleId, null);
            match.Linked |= hit.Linked;
            var byRule = hit.Rule switch { ByUrl => byUrl, ByItemId => byItem, _ => bySiteKey };
            byRule[hit.Key] = match;
        }
        // Item ids this source already uses: unique per source, so a second article cannot take one.
        var itemIdsTaken = new HashSet<string>(byItem.Keys, StringComparer.Ordinal);

        var articles = new List<Article>();
        var links = new List<ArticleSource>();
        var analyses = new List<(Article, ArticleAnalysis?)>();
        foreach (var draft in chunk)
        {
            var match = byUrl.GetValueOrDefault(draft.CanonicalUrl)
                        ?? (draft.ItemId is null ? null : byItem.GetValueOrDefault(draft.ItemId))
                        ?? (draft.SiteContentKey is null ? null : bySiteKey.GetValueOrDefault(draft.SiteContentKey));
            if (match is null)
            {
                var article = NewArticle(draft, fetchedAt);
                articles.Add(article);
                analyses.Add((article, draft.Draft.Analysis));
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
        return new Plan(articles, links, analyses);
    }

    private static Article NewArticle(PreparedDraft prepared, DateTimeOffset fetchedAt)
    {
        var draft = prepared.Draft;
        var published = draft.Published?.ToUniversalTime();
        var article = new Article
        {
            CanonicalUrl = prepared.CanonicalUrl,
            Url = StoredText.CleanOptional(draft.Url) ?? prepared.CanonicalUrl,
            Title = StoredText.CleanNotNull(draft.Title.Trim()),
            TitleHash = Submissions.TitleKey.Hash(draft.Title) ?? "",
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
            PageError = StoredText.CleanOptional(draft.PageError) is { } error && error.Length > 500 ? error[..500] + "…" : StoredText.CleanOptional(draft.PageError),
        };
        AnalysisColumns.Apply(article, draft.Analysis, fetchedAt);
        return article;
    }
}
