using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Writing;

namespace Svodka.Storage.Submissions;

/// <summary>The moderation queue: readers' news items from the form to an editor's decision.</summary>
public sealed class SubmissionStore(IDbContextFactory<SvodkaDb> factory, TimeProvider clock)
{
    public async Task<long> AddAsync(SubmissionContent content, string site, string language, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var row = new SubmissionRow(content, site, language) { SubmittedAt = clock.GetUtcNow() };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return row.Id;
    }

    /// <summary>Whether a submission still waiting or already published has this canonical URL or normalised title.</summary>
    public async Task<bool> ExistsAsync(string canonicalUrl, string normalizedTitle, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Submissions.AnyAsync(s => s.Status != SubmissionStatus.Rejected
            && (s.CanonicalUrl == canonicalUrl || s.NormalizedTitle == normalizedTitle), ct);
    }

    /// <summary>Oldest first: the order an editor works through them.</summary>
    public async Task<IReadOnlyList<SubmissionRecord>> ListAsync(SubmissionStatus status, int take, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Submissions.AsNoTracking().Where(s => s.Status == status)
            .OrderBy(s => s.Id).Take(take).ToListAsync(ct);
        return rows.ConvertAll(SubmissionRecord.From);
    }

    public async Task<long> CountAsync(SubmissionStatus status, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Submissions.LongCountAsync(s => s.Status == status, ct);
    }

    public async Task<SubmissionRecord?> GetAsync(long id, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return row is null ? null : SubmissionRecord.From(row);
    }

    /// <summary>An editor's correction of a waiting submission; a decided one stays as it was.</summary>
    public async Task<bool> UpdateAsync(long id, SubmissionContent content, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id && s.Status == SubmissionStatus.Pending, ct);
        if (row is null) return false;
        row.Take(content);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Records a decision on a waiting submission; false when it was already decided (two editors at once).</summary>
    public async Task<bool> DecideAsync(long id, SubmissionStatus decision, string editor, long? articleId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var now = clock.GetUtcNow();
        var changed = await db.Submissions.Where(s => s.Id == id && s.Status == SubmissionStatus.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, decision)
                .SetProperty(s => s.DecidedAt, now)
                .SetProperty(s => s.DecidedBy, editor)
                .SetProperty(s => s.ArticleId, articleId), ct);
        return changed == 1;
    }

}
