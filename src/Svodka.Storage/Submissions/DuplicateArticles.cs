using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.Submissions;

/// <summary>Whether a reader's item is already on the site: an article with its canonical URL, or with its headline.</summary>
public sealed class DuplicateArticles(IDbContextFactory<SvodkaDb> factory, TimeProvider clock)
{
    /// <summary>How far back headlines are compared; the same headline a month later is usually a new event.</summary>
    public static readonly TimeSpan TitleWindow = TimeSpan.FromDays(7);

    /// <summary>The id of the stored article the item repeats, or null.</summary>
    public async Task<long?> FindAsync(string canonicalUrl, string title, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var byUrl = await db.Articles.Where(a => a.CanonicalUrl == canonicalUrl).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
        if (byUrl is not null) return byUrl;
        var trimmed = title.Trim();
        var byTitle = await db.Articles.Where(a => a.Title == trimmed).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
        if (byTitle is not null) return byTitle;
        var key = TitleKey.Of(title);
        var since = clock.GetUtcNow() - TitleWindow;
        await foreach (var stored in db.Articles.AsNoTracking().Where(a => a.ListedAt >= since).Select(a => new { a.Id, a.Title }).AsAsyncEnumerable().WithCancellation(ct))
            if (TitleKey.Of(stored.Title) == key) return stored.Id;
        return null;
    }
}
