using Microsoft.EntityFrameworkCore;
using Svodka.Core.Model;
using Svodka.Storage.Articles;
using Svodka.Storage.Entities;
using Svodka.Storage.Writing;

namespace Svodka.Storage.Stories;

/// <summary>
/// Stories: the story worker's queue and writes, and the reads behind the site's lists and story pages.
/// </summary>
public sealed class StoryStore(IDbContextFactory<SvodkaDb> factory, ArticleStore articles)
{
    /// <summary>Analysed articles the story worker has not handled yet, oldest first.</summary>
    public async Task<IReadOnlyList<StoryInput>> PendingAsync(int take, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var page = await db.Articles.AsNoTracking()
            .Where(a => a.ClusteredAt == null && a.AnalysedAt != null)
            .OrderBy(a => a.Id)
            .Take(Math.Clamp(take, 1, ArticleQuery.MaxTake))
            .ToListAsync(ct);
        return await InputsAsync(db, page, ct);
    }

    /// <summary>Articles already in stories since <paramref name="since"/>, in id order: what rebuilds the clusterer after a restart.</summary>
    public async Task<IReadOnlyList<StoryInput>> ClusteredSinceAsync(DateTimeOffset since, long afterId, int take, CancellationToken ct)
    {
        var from = since.ToUniversalTime();
        await using var db = factory.CreateDbContext();
        var page = await db.Articles.AsNoTracking()
            .Where(a => a.Id > afterId && a.StoryId != null && a.ListedAt >= from)
            .OrderBy(a => a.Id)
            .Take(Math.Clamp(take, 1, ArticleQuery.MaxTake))
            .ToListAsync(ct);
        return await InputsAsync(db, page, ct);
    }

    /// <summary>The highest story id stored (the clusterer continues after it).</summary>
    public async Task<long> MaxIdAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Stories.MaxAsync(s => (long?)s.Id, ct) ?? 0;
    }

    /// <summary>
    /// Writes a batch of the clusterer's work in one transaction: stories, memberships, merges. With
    /// <paramref name="unlessEditedSince"/>, nothing is written and false comes back when an editor merged or
    /// split a story after that stamp: the batch was computed from a memory the edit made stale.
    /// </summary>
    public Task<bool> SaveAsync(IReadOnlyList<StoryWrite> stories, IReadOnlyList<StoryMembership> members,
        IReadOnlyList<(long From, long Into)> merges, DateTimeOffset at, CancellationToken ct, StoryEditStamp? unlessEditedSince = null) =>
        articles.WithRetryAsync(async db =>
        {
            if (unlessEditedSince is { } expected)
            {
                await StoryEditStore.SerializeAsync(db, ct);
                if (await StoryEditStore.StampAsync(db, ct) != expected) return false;
            }
            var now = at.ToUniversalTime();
            var existing = await WriteStoriesAsync(db, stories, merges.Select(m => m.From), now, ct);
            var written = stories.Select(s => s.Id).ToHashSet();
            foreach (var (from, into) in merges)
                if (existing.TryGetValue(from, out var merged) && !written.Contains(from))
                {
                    merged.MergedInto = into;
                    merged.UpdatedAt = now;
                }
            await db.SaveChangesAsync(ct);
            await WriteMembershipsAsync(db, members, now, ct);
            return true;
        }, ct);

    /// <summary>Inserts or updates the story rows and replaces their tags (not yet saved); returns the rows by id, with <paramref name="alsoLoad"/>.</summary>
    internal static async Task<Dictionary<long, StoryRow>> WriteStoriesAsync(SvodkaDb db, IReadOnlyList<StoryWrite> stories,
        IEnumerable<long> alsoLoad, DateTimeOffset now, CancellationToken ct)
    {
        var ids = stories.Select(s => s.Id).Concat(alsoLoad).Distinct().ToList();
        var existing = await db.Stories.Where(s => EF.Parameter(ids).Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var written = stories.Select(s => s.Id).ToList();
        await db.StoryTags.Where(t => EF.Parameter(written).Contains(t.StoryId)).ExecuteDeleteAsync(ct);
        foreach (var s in stories)
        {
            if (!existing.TryGetValue(s.Id, out var row))
            {
                row = new StoryRow { Id = s.Id, Language = s.Language, Title = "", Lead = "" };
                db.Stories.Add(row);
                existing[s.Id] = row;
            }
            row.Language = s.Language;
            row.Title = StoredText.CleanNotNull(s.Title);
            row.Lead = StoredText.CleanNotNull(s.Lead);
            row.Rubric = s.Rubric;
            row.FirstAt = s.First.ToUniversalTime();
            row.LastAt = s.Last.ToUniversalTime();
            row.ArticleCount = s.ArticleCount;
            row.SourceCount = s.SourceCount;
            row.UpdatedAt = now;
            row.MergedInto = null;
            db.StoryTags.AddRange(s.Tags.GroupBy(t => (t.Kind, t.Slug)).Select(g => g.First()).Select(t => new StoryTagRow
            {
                StoryId = s.Id, Kind = t.Kind, Slug = t.Slug, Name = t.Name, Share = t.Share,
            }));
        }
        return existing;
    }

    /// <summary>Puts articles into their stories (or none) and marks them handled; saved.</summary>
    internal static async Task WriteMembershipsAsync(SvodkaDb db, IReadOnlyList<StoryMembership> members, DateTimeOffset now, CancellationToken ct)
    {
        var articleIds = members.Select(m => m.ArticleId).ToList();
        var rows = await db.Articles.Where(a => EF.Parameter(articleIds).Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        foreach (var m in members)
        {
            if (!rows.TryGetValue(m.ArticleId, out var article)) continue;
            article.StoryId = m.StoryId;
            article.StoryRelevance = m.StoryId is null ? null : m.Relevance;
            article.IsReprint = m.IsReprint;
            article.ClusteredAt = now;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Stories by their last article, newest first, with what ranking needs (sources and when each came).</summary>
    public async Task<IReadOnlyList<StoryListing>> ListAsync(StoryQuery query, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var stories = db.Stories.AsNoTracking().Where(s => s.MergedInto == null && s.SourceCount >= query.MinSources);
        if (!query.IncludeHidden) stories = stories.Where(s => !s.Hidden);
        if (query.Since is { } since)
        {
            var from = since.ToUniversalTime();
            stories = stories.Where(s => s.LastAt >= from);
        }
        if (query.Until is { } until)
        {
            var to = until.ToUniversalTime();
            stories = stories.Where(s => s.FirstAt < to);
        }
        if (query.Language is { } language) stories = stories.Where(s => s.Language == language);
        if (query.Languages is { Count: > 0 } languages)
        {
            var list = languages.ToList();
            stories = stories.Where(s => EF.Parameter(list).Contains(s.Language));
        }
        if (query.Rubric is { } rubric) stories = stories.Where(s => s.Rubric == rubric);
        if (query.TagKind is { } kind && query.TagSlug is { } slug)
            stories = stories.Where(s => s.Tags.Any(t => t.Kind == kind && t.Slug == slug));
        var anyRubrics = query.AnyRubrics?.ToList() ?? [];
        if (query.AnyTags is { Count: > 0 } || anyRubrics.Count > 0)
        {
            var any = query.AnyTags ?? [];
            // One slug list per kind keeps the SQL fixed: (kind = topic AND slug IN …) OR (kind = region AND slug IN …) …
            List<string> Of(TagKind k) => any.Where(t => t.Kind == k).Select(t => t.Slug).ToList();
            var (topics, regions, countries, persons) = (Of(TagKind.Topic), Of(TagKind.Region), Of(TagKind.Country), Of(TagKind.Person));
            stories = stories.Where(s => EF.Parameter(anyRubrics).Contains(s.Rubric ?? "") || s.Tags.Any(t =>
                (t.Kind == TagKind.Topic && EF.Parameter(topics).Contains(t.Slug)) ||
                (t.Kind == TagKind.Region && EF.Parameter(regions).Contains(t.Slug)) ||
                (t.Kind == TagKind.Country && EF.Parameter(countries).Contains(t.Slug)) ||
                (t.Kind == TagKind.Person && EF.Parameter(persons).Contains(t.Slug))));
        }
        foreach (var (tagKind, tagSlug) in query.AllTags ?? [])
            stories = stories.Where(s => s.Tags.Any(t => t.Kind == tagKind && t.Slug == tagSlug));
        if (query.Before is { } before)
        {
            var (at, id) = (before.LastAt.ToUniversalTime(), before.Id);
            stories = stories.Where(s => s.LastAt < at || (s.LastAt == at && s.Id < id));
        }
        if (query.SourceId is { } sourceId)
            stories = stories.Where(s => db.Articles.Any(a => a.StoryId == s.Id && a.Sources.Any(l => l.SourceId == sourceId)));
        var page = await stories
            .OrderByDescending(s => s.LastAt).ThenByDescending(s => s.Id)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, StoryQuery.MaxTake))
            .ToListAsync(ct);
        return await ListingsAsync(db, page, ct);
    }

    public async Task<StoryDetail?> GetAsync(long id, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return story is null ? null : await DetailAsync(db, story, ct);
    }

    /// <summary>
    /// A story for its page in one context: where it merged into when it did (the page redirects there), else
    /// the story with its articles, as <see cref="GetAsync"/> gives it.
    /// </summary>
    public async Task<StoryLookup?> FindAsync(long id, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        await db.Database.OpenConnectionAsync(ct);
        var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (story is null) return null;
        return story.MergedInto is { } into ? new StoryLookup(into, null) : new StoryLookup(null, await DetailAsync(db, story, ct));
    }

    /// <summary>
    /// A story as its public page shows it, in two statements (the story with its tags; its articles with their
    /// outlets) where <see cref="FindAsync"/> takes five: the page prints no article's text or tags, and it is the
    /// page every link to a story lands on, rendered per request when it is not cached.
    /// </summary>
    public async Task<StoryPageLookup?> PageAsync(long id, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        await db.Database.OpenConnectionAsync(ct);
        var story = await db.Stories.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new StoryRow
            {
                Id = s.Id, Language = s.Language, Title = s.Title, Lead = s.Lead, Rubric = s.Rubric, FirstAt = s.FirstAt, LastAt = s.LastAt,
                ArticleCount = s.ArticleCount, SourceCount = s.SourceCount, MergedInto = s.MergedInto, Pinned = s.Pinned, Hidden = s.Hidden,
                Tags = s.Tags.ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (story is null) return null;
        if (story.MergedInto is { } into) return new StoryPageLookup(into, null);
        var rows = await (
                from a in db.Articles.AsNoTracking()
                where a.StoryId == id
                from l in a.Sources.DefaultIfEmpty()
                select new
                {
                    a.Id, a.Title, a.Url, a.ListedAt, a.ImageUrl, a.IsReprint, a.StoryRelevance,
                    SourceId = (long?)l!.SourceId, SourceTitle = l.Source!.Title ?? l.Source.FeedUrl, FirstSeenAt = (DateTimeOffset?)l.FirstSeenAt,
                })
            .ToListAsync(ct);
        var carried = rows.Where(r => r.SourceId is not null)
            .Select(r => new Carried(id, r.SourceId!.Value, r.SourceTitle, r.Id, r.ListedAt, r.IsReprint, r.FirstSeenAt!.Value))
            .ToList();
        var (listings, carriers) = Assemble([story], story.Tags.ToLookup(t => t.StoryId), carried);
        var articles = rows.DistinctBy(r => r.Id)
            .OrderByDescending(r => r.StoryRelevance).ThenBy(r => r.ListedAt).ThenBy(r => r.Id)
            .Take(ArticleQuery.MaxTake)
            .Select(r => new StoryPageArticle(r.Id, r.Title, r.Url, r.ListedAt, r.ImageUrl, carriers[r.Id].ToList()))
            .ToList();
        return new StoryPageLookup(null, new StoryPageData(listings[0], articles));
    }

    private static async Task<StoryDetail> DetailAsync(SvodkaDb db, StoryRow story, CancellationToken ct)
    {
        var (listings, carriers) = await ListingsAndCarriersAsync(db, [story], ct);
        var members = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId == story.Id)
            .OrderByDescending(a => a.StoryRelevance).ThenBy(a => a.ListedAt).ThenBy(a => a.Id)
            .Take(ArticleQuery.MaxTake)
            .ToListAsync(ct);
        // The listing read every outlet of every article of the story already: the articles' sources come from it.
        return new StoryDetail(listings[0], await ArticleStore.WithSourcesAsync(db, members, ct, carriers));
    }

    /// <summary>Where a story merged away went: follow it so old links keep working.</summary>
    public async Task<long?> MergedIntoAsync(long id, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Stories.Where(s => s.Id == id).Select(s => s.MergedInto).FirstOrDefaultAsync(ct);
    }

    public async Task<long> CountAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Stories.LongCountAsync(s => s.MergedInto == null, ct);
    }

    /// <summary>Editors' switches: keep a story on top, or off the lists.</summary>
    public async Task<bool> SetFlagsAsync(long id, bool? pinned, bool? hidden, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Stories.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (row is null) return false;
        if (pinned is { } p) row.Pinned = p;
        if (hidden is { } h) row.Hidden = h;
        await db.SaveChangesAsync(ct);
        return true;
    }

    internal static async Task<IReadOnlyList<StoryListing>> ListingsAsync(SvodkaDb db, List<StoryRow> stories, CancellationToken ct) =>
        (await ListingsAndCarriersAsync(db, stories, ct)).Listings;

    /// <summary>Listings of these stories, and the outlets carrying each of their articles (earliest first) read on the way.</summary>
    private static async Task<(IReadOnlyList<StoryListing> Listings, ILookup<long, CarryingSource> Carriers)> ListingsAndCarriersAsync(
        SvodkaDb db, List<StoryRow> stories, CancellationToken ct)
    {
        if (stories.Count == 0) return ([], Array.Empty<CarryingSource>().ToLookup(_ => 0L));
        var ids = stories.Select(s => s.Id).ToList();
        var tags = (await db.StoryTags.AsNoTracking().Where(t => EF.Parameter(ids).Contains(t.StoryId)).ToListAsync(ct))
            .ToLookup(t => t.StoryId);
        var carried = await db.ArticleSources.AsNoTracking()
            .Where(l => l.Article!.StoryId != null && EF.Parameter(ids).Contains(l.Article.StoryId!.Value))
            .Select(l => new Carried(
                l.Article!.StoryId!.Value, l.SourceId, l.Source!.Title ?? l.Source.FeedUrl,
                l.ArticleId, l.Article.ListedAt, l.Article.IsReprint, l.FirstSeenAt))
            .ToListAsync(ct);
        return Assemble(stories, tags, carried);
    }

    /// <summary>One outlet carrying one article of a story.</summary>
    private sealed record Carried(long StoryId, long SourceId, string Title, long ArticleId, DateTimeOffset ListedAt, bool IsReprint, DateTimeOffset FirstSeenAt);

    private static (IReadOnlyList<StoryListing> Listings, ILookup<long, CarryingSource> Carriers) Assemble(
        List<StoryRow> stories, ILookup<long, StoryTagRow> tags, List<Carried> carried)
    {
        var sources = carried
            .GroupBy(c => (c.StoryId, c.SourceId))
            .Select(g =>
            {
                var first = g.OrderBy(c => c.ListedAt).ThenBy(c => c.ArticleId).First();
                return (g.Key.StoryId, Time: new StorySourceTime(g.Key.SourceId, first.Title, first.ListedAt, first.ArticleId, g.All(c => c.IsReprint)));
            })
            .ToLookup(x => x.StoryId, x => x.Time);
        var carriers = carried
            .OrderBy(c => c.FirstSeenAt).ThenBy(c => c.SourceId)
            .ToLookup(c => c.ArticleId, c => new CarryingSource(c.SourceId, c.Title, c.FirstSeenAt));

        return (stories.ConvertAll(s => new StoryListing(
            s.Id, s.Language, s.Title, s.Lead, s.Rubric, s.FirstAt, s.LastAt, s.ArticleCount, s.SourceCount, s.Pinned, s.Hidden,
            tags[s.Id].OrderByDescending(t => t.Share).ThenBy(t => t.Slug, StringComparer.Ordinal)
                .Select(t => new StoryTagWrite(t.Kind, t.Slug, t.Name, t.Share)).ToList(),
            sources[s.Id].OrderBy(t => t.First).ThenBy(t => t.SourceId).ToList())), carriers);
    }

    internal static async Task<IReadOnlyList<StoryInput>> InputsAsync(SvodkaDb db, List<Article> page, CancellationToken ct)
    {
        if (page.Count == 0) return [];
        var ids = page.Select(a => a.Id).ToList();
        var firstSource = (await db.ArticleSources.AsNoTracking()
                .Where(l => EF.Parameter(ids).Contains(l.ArticleId))
                .Select(l => new { l.ArticleId, l.SourceId, l.FirstSeenAt })
                .ToListAsync(ct))
            .GroupBy(l => l.ArticleId)
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.FirstSeenAt).ThenBy(l => l.SourceId).First().SourceId);
        var tags = (await db.ArticleTags.AsNoTracking().Where(t => EF.Parameter(ids).Contains(t.ArticleId)).ToListAsync(ct))
            .ToLookup(t => t.ArticleId);
        return page.ConvertAll(a => new StoryInput(
            a.Id, firstSource.GetValueOrDefault(a.Id), a.Title, a.Text ?? a.Summary, a.DetectedLanguage ?? a.Language ?? "other",
            a.PublishedAt is { } p && p < a.FetchedAt ? p : a.ListedAt, a.IsNews ?? true, a.Rubric,
            tags[a.Id].Select(t => new ArticleTag(t.Kind, t.Slug, t.Name, t.Confidence)).ToList(),
            a.StoryId, a.StoryRelevance, a.IsReprint));
    }
}
