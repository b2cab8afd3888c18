using Microsoft.EntityFrameworkCore;
using Svodka.Core.Model;
using Svodka.Storage.Articles;
using Svodka.Storage.Entities;
using Svodka.Storage.Stories;

namespace Svodka.Storage.Portal;

/// <summary>The reads the portal's pages need beyond the article and story stores: slices, lookups, counts.</summary>
public sealed class PortalReads(IDbContextFactory<SvodkaDb> factory)
{
    /// <summary>Articles in a slice, newest first, whole (the API gives every field).</summary>
    public Task<IReadOnlyList<ArticleRecord>> ArticlesAsync(ArticleSlice slice, int take, int skip, CancellationToken ct) =>
        PageAsync(slice, take, skip, listed: false, ct);

    /// <summary>What <see cref="ListedArticlesAsync"/> keeps of the text of an article without a summary: more than a description takes.</summary>
    public const int ListedTextLength = ListedArticles.TextLength;

    /// <summary>Articles in a slice, newest first, as lists and feeds show them (<see cref="ListedArticles"/>).</summary>
    public Task<IReadOnlyList<ArticleRecord>> ListedArticlesAsync(ArticleSlice slice, int take, int skip, CancellationToken ct) =>
        PageAsync(slice, take, skip, listed: true, ct);

    private async Task<IReadOnlyList<ArticleRecord>> PageAsync(ArticleSlice slice, int take, int skip, bool listed, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        await db.Database.OpenConnectionAsync(ct);
        var page = Filter(db, slice)
            .OrderByDescending(a => a.ListedAt).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 1, ArticleQuery.MaxTake));
        return await ArticleStore.WithSourcesAsync(db, await (listed ? page.ListedColumns() : page).ToListAsync(ct), ct);
    }

    /// <summary>The story an article is in, if the story worker has put it in one.</summary>
    public async Task<long?> StoryOfArticleAsync(long articleId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Articles.Where(a => a.Id == articleId).Select(a => a.StoryId).FirstOrDefaultAsync(ct);
    }

    /// <summary>Listings of these stories (merged and hidden ones left out), in the order asked.</summary>
    public async Task<IReadOnlyList<StoryListing>> StoriesAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var db = factory.CreateDbContext();
        var list = ids.Distinct().ToList();
        var rows = await db.Stories.AsNoTracking().Where(s => EF.Parameter(list).Contains(s.Id) && s.MergedInto == null && !s.Hidden).ToListAsync(ct);
        var order = list.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        rows.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));
        return await StoryStore.ListingsAsync(db, rows, ct);
    }

    /// <summary>For each of these people, their newest story since <paramref name="since"/> (those with none are absent).</summary>
    public async Task<IReadOnlyDictionary<string, StoryListing>> LatestStoryPerPersonAsync(
        IReadOnlyCollection<string> personSlugs, DateTimeOffset since, CancellationToken ct)
    {
        if (personSlugs.Count == 0) return new Dictionary<string, StoryListing>();
        await using var db = factory.CreateDbContext();
        var slugs = personSlugs.ToList();
        var from = since.ToUniversalTime();
        var hits = await db.StoryTags.AsNoTracking()
            .Where(t => t.Kind == TagKind.Person && EF.Parameter(slugs).Contains(t.Slug)
                        && t.Story!.MergedInto == null && !t.Story.Hidden && t.Story.LastAt >= from)
            .Select(t => new { t.Slug, t.StoryId, t.Story!.LastAt })
            .ToListAsync(ct);
        var newest = hits.GroupBy(h => h.Slug).ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.LastAt).ThenByDescending(h => h.StoryId).First().StoryId);
        var rows = await db.Stories.AsNoTracking().Where(s => EF.Parameter(newest.Values.Distinct().ToList()).Contains(s.Id)).ToListAsync(ct);
        var listings = (await StoryStore.ListingsAsync(db, rows, ct)).ToDictionary(s => s.Id);
        return newest.Where(p => listings.ContainsKey(p.Value)).ToDictionary(p => p.Key, p => listings[p.Value]);
    }

    /// <summary>How many stories since <paramref name="since"/> carry each tag of a kind (regions on «Регионы»).</summary>
    public async Task<IReadOnlyDictionary<string, int>> StoryCountsByTagAsync(TagKind kind, DateTimeOffset since,
        IReadOnlyCollection<string>? languages, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var from = since.ToUniversalTime();
        var tags = db.StoryTags.AsNoTracking().Where(t => t.Kind == kind && t.Story!.MergedInto == null && !t.Story.Hidden && t.Story.LastAt >= from);
        if (languages is { Count: > 0 })
        {
            var list = languages.ToList();
            tags = tags.Where(t => EF.Parameter(list).Contains(t.Story!.Language));
        }
        return await tags.GroupBy(t => t.Slug).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    /// <summary>
    /// What changes when content arrives, read from indexed columns only (it is polled): the highest article
    /// id, the highest story id and its latest article, and the site
    /// definitions' latest change. The portal compares it to decide whether cached pages are stale.
    /// </summary>
    public async Task<ContentWatermark> WatermarkAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var article = await db.Articles.MaxAsync(a => (long?)a.Id, ct) ?? 0;
        var story = await db.Stories.MaxAsync(s => (long?)s.Id, ct) ?? 0;
        var storyLast = await db.Stories.MaxAsync(s => (DateTimeOffset?)s.LastAt, ct);
        var site = await db.Sites.MaxAsync(s => (DateTimeOffset?)s.UpdatedAt, ct);
        var edited = await db.Stories.MaxAsync(s => s.EditedAt, ct);
        return new ContentWatermark(article, story, storyLast, site, edited);
    }

    private static IQueryable<Article> Filter(SvodkaDb db, ArticleSlice slice)
    {
        var articles = db.Articles.AsNoTracking();
        if (slice.NewsOnly) articles = articles.Where(a => a.IsNews != false);
        if (slice.Languages is { Count: > 0 } languages)
        {
            var list = languages.ToList();
            articles = articles.Where(a => EF.Parameter(list).Contains(a.DetectedLanguage ?? a.Language ?? ""));
        }
        var rubrics = slice.Rubrics?.ToList() ?? [];
        if (slice.AnyTags is { Count: > 0 } || rubrics.Count > 0)
        {
            var any = slice.AnyTags ?? [];
            List<string> Of(TagKind k) => any.Where(t => t.Kind == k).Select(t => t.Slug).ToList();
            var (topics, regions, countries, persons) = (Of(TagKind.Topic), Of(TagKind.Region), Of(TagKind.Country), Of(TagKind.Person));
            articles = articles.Where(a => EF.Parameter(rubrics).Contains(a.Rubric ?? "") || a.Tags.Any(t =>
                (t.Kind == TagKind.Topic && EF.Parameter(topics).Contains(t.Slug)) ||
                (t.Kind == TagKind.Region && EF.Parameter(regions).Contains(t.Slug)) ||
                (t.Kind == TagKind.Country && EF.Parameter(countries).Contains(t.Slug)) ||
                (t.Kind == TagKind.Person && EF.Parameter(persons).Contains(t.Slug))));
        }
        if (slice.Tag is { } tag) articles = articles.Where(a => a.Tags.Any(t => t.Kind == tag.Kind && t.Slug == tag.Slug));
        foreach (var (tagKind, tagSlug) in slice.AllTags ?? [])
            articles = articles.Where(a => a.Tags.Any(t => t.Kind == tagKind && t.Slug == tagSlug));
        if (slice.Before is { } before)
        {
            var (at, id) = (before.ListedAt.ToUniversalTime(), before.Id);
            articles = articles.Where(a => a.ListedAt < at || (a.ListedAt == at && a.Id < id));
        }
        if (slice.Rubric is { } rubric) articles = articles.Where(a => a.Rubric == rubric);
        if (slice.SourceId is { } source) articles = articles.Where(a => a.Sources.Any(l => l.SourceId == source));
        if (slice.Since is { } since)
        {
            var from = since.ToUniversalTime();
            articles = articles.Where(a => a.ListedAt >= from);
        }
        if (slice.Until is { } until)
        {
            var to = until.ToUniversalTime();
            articles = articles.Where(a => a.ListedAt < to);
        }
        return articles;
    }
}

/// <summary>Marks of the newest content; any change means new content.</summary>
public sealed record ContentWatermark(long LastArticleId, long LastStoryId, DateTimeOffset? LastStoryArticle, DateTimeOffset? LastSiteUpdate,
    DateTimeOffset? LastStoryEdit);
