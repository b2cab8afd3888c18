using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Articles;
using Svodka.Storage.Entities;

namespace Svodka.Storage.Stories;

/// <summary>
/// Editors' merges and splits. The story worker holds the open stories in memory and would otherwise write its
/// stale view back over an edit (the moved articles hopping back with the next article that joins the story).
/// So an edit, in one transaction, moves the articles, recomputes the touched stories from their members (title,
/// lead, rubric, tags, counts) and stamps them edited (<see cref="StoryRow.EditedAt"/>). The worker reloads its
/// memory from the database when the latest stamp moves, refuses to save a batch it computed before an edit,
/// and never merges an edited story on its own. Edits and the worker's saves run one at a time: a
/// transaction-scoped advisory lock on PostgreSQL, the single writer on SQLite.
/// </summary>
public sealed class StoryEditStore(IDbContextFactory<SvodkaDb> factory, ArticleStore articles)
{
    // An arbitrary constant of Svodka's, apart from the story worker's session lock: «edits» in ASCII (0x6564697473).
    private const string TakeEditLock = "SELECT pg_advisory_xact_lock(435476329587)";

    public async Task<StoryEditStamp> StampAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await StampAsync(db, ct);
    }

    /// <summary>Stories an editor shaped that still had articles at or after <paramref name="since"/>: the worker keeps them apart.</summary>
    public async Task<IReadOnlySet<long>> EditedSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        var from = since.ToUniversalTime();
        await using var db = factory.CreateDbContext();
        var ids = await db.Stories.AsNoTracking()
            .Where(s => s.EditedAt != null && s.MergedInto == null && s.LastAt >= from)
            .Select(s => s.Id)
            .ToListAsync(ct);
        return ids.ToHashSet();
    }

    /// <summary>Moves every article of <paramref name="from"/> into <paramref name="into"/>; the old id then leads to the survivor.</summary>
    public Task<StoryEditResult> MergeAsync(long from, long into, StoryResummary resummary, DateTimeOffset at, CancellationToken ct)
    {
        if (from == into) return Task.FromResult(new StoryEditResult(StoryEditOutcome.SameStory, into));
        return articles.WithRetryAsync(async db =>
        {
            await SerializeAsync(db, ct);
            var rows = await db.Stories.Where(s => s.Id == from || s.Id == into).ToDictionaryAsync(s => s.Id, ct);
            if (!rows.TryGetValue(from, out var absorbed) || absorbed.MergedInto is not null
                || !rows.TryGetValue(into, out var survivor) || survivor.MergedInto is not null)
                return new StoryEditResult(StoryEditOutcome.NoStory, into);
            if (absorbed.Language != survivor.Language) return new StoryEditResult(StoryEditOutcome.OtherLanguage, into);

            var (now, stamp) = await NextStampAsync(db, at, ct);
            await db.Articles.Where(a => a.StoryId == from).ExecuteUpdateAsync(set => set.SetProperty(a => a.StoryId, into), ct);
            await db.Stories.Where(s => s.MergedInto == from).ExecuteUpdateAsync(set => set.SetProperty(s => s.MergedInto, into), ct);
            absorbed.MergedInto = into;
            absorbed.UpdatedAt = now;
            absorbed.EditedAt = stamp;
            await RewriteAsync(db, [into], resummary, now, stamp, ct);
            return new StoryEditResult(StoryEditOutcome.Done, into);
        }, ct);
    }

    /// <summary>Moves some of a story's articles into a new story (the id after the highest stored); at least one must stay.</summary>
    public Task<StoryEditResult> SplitAsync(long storyId, IReadOnlyCollection<long> articleIds, StoryResummary resummary, DateTimeOffset at, CancellationToken ct) =>
        articles.WithRetryAsync(async db =>
        {
            await SerializeAsync(db, ct);
            var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == storyId, ct);
            if (story is null || story.MergedInto is not null) return new StoryEditResult(StoryEditOutcome.NoStory, storyId);
            var members = (await db.Articles.Where(a => a.StoryId == storyId).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
            var moving = articleIds.Where(members.Contains).Distinct().ToList();
            if (moving.Count == 0) return new StoryEditResult(StoryEditOutcome.NoArticles, storyId);
            if (moving.Count == members.Count) return new StoryEditResult(StoryEditOutcome.AllArticles, storyId);

            var (now, stamp) = await NextStampAsync(db, at, ct);
            // The worker creates ids after the highest stored too; it reloads (and so continues after this one) before it saves again.
            var newId = (await db.Stories.MaxAsync(s => (long?)s.Id, ct) ?? 0) + 1;
            db.Stories.Add(new StoryRow
            {
                Id = newId, Language = story.Language, Title = "", Lead = "", FirstAt = now, LastAt = now, UpdatedAt = now, EditedAt = stamp,
            });
            await db.SaveChangesAsync(ct);
            await db.Articles.Where(a => EF.Parameter(moving).Contains(a.Id)).ExecuteUpdateAsync(set => set.SetProperty(a => a.StoryId, newId), ct);
            await RewriteAsync(db, [storyId, newId], resummary, now, stamp, ct);
            return new StoryEditResult(StoryEditOutcome.Done, newId);
        }, ct);

    /// <summary>Recomputes the stories from their members as they now stand and stamps them edited.</summary>
    private static async Task RewriteAsync(SvodkaDb db, long[] ids, StoryResummary resummary, DateTimeOffset now, DateTimeOffset stamp, CancellationToken ct)
    {
        var page = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId != null && EF.Parameter(ids).Contains(a.StoryId.Value))
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        var rewrites = resummary(await StoryStore.InputsAsync(db, page, ct));
        var rows = await StoryStore.WriteStoriesAsync(db, rewrites.Select(r => r.Story).ToList(), ids, now, ct);
        foreach (var id in ids)
            if (rows.TryGetValue(id, out var row)) row.EditedAt = stamp;
        await db.SaveChangesAsync(ct);
        await StoryStore.WriteMembershipsAsync(db, rewrites.SelectMany(r => r.Members).ToList(), now, ct);
    }

    /// <summary>A stamp later than every stored one, even when another machine's clock runs ahead (milliseconds, as SQLite stores them).</summary>
    private static async Task<(DateTimeOffset Now, DateTimeOffset Stamp)> NextStampAsync(SvodkaDb db, DateTimeOffset at, CancellationToken ct)
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
        var latest = (await StampAsync(db, ct)).Latest;
        return (now, latest is { } l && l >= now ? l.AddMilliseconds(1) : now);
    }

    internal static async Task<StoryEditStamp> StampAsync(SvodkaDb db, CancellationToken ct) =>
        new(await db.Stories.MaxAsync(s => s.EditedAt, ct));

    /// <summary>Edits and the worker's saves one at a time (SQLite transactions already are: they begin immediate).</summary>
    internal static async Task SerializeAsync(SvodkaDb db, CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.Postgres)
            await db.Database.ExecuteSqlRawAsync(TakeEditLock, ct);
    }
}

/// <summary>The latest editor's change to any story (null: none yet); the story worker's memory is as of one.</summary>
public readonly record struct StoryEditStamp(DateTimeOffset? Latest);

/// <summary>
/// What the stories whose members an editor changed now look like: given every member (with its new story
/// id), a row per story and each member's relevance, as the story worker would write them.
/// </summary>
public delegate IReadOnlyList<StoryRewrite> StoryResummary(IReadOnlyList<StoryInput> members);

public sealed record StoryRewrite(StoryWrite Story, IReadOnlyList<StoryMembership> Members);

public enum StoryEditOutcome { Done, NoStory, SameStory, OtherLanguage, NoArticles, AllArticles }

/// <param name="StoryId">The story to show after the edit: the survivor of a merge, the new story of a split.</param>
public sealed record StoryEditResult(StoryEditOutcome Outcome, long StoryId);
