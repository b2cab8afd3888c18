using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.Submissions;

/// <summary>Whether a reader's item is already on the site: an article with its canonical URL, or with its headline.</summary>
public sealed class DuplicateArticles(IDbContextFactory<SvodkaDb> factory, TimeProvider clock)
{
    /// <summary>How far back headlines are compared; the same headline a month later is usually a new event.</summary>
    public static readonly TimeSpan TitleWindow = TimeSpan.FromDays(7);

    public async Task<bool> ExistsAsync(string canonicalUrl, string title, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        if (await db.Articles.AnyAsync(a => a.CanonicalUrl == canonicalUrl, ct)) return true;
        var trimmed = title.Trim();
        if (await db.Articles.AnyAsync(a => a.Title == trimmed, ct)) return true;
        var key = TitleKey.Of(title);
        var since = clock.GetUtcNow() - TitleWindow;
        await foreach (var stored in db.Articles.AsNoTracking().Where(a => a.ListedAt >= since).Select(a => a.Title).AsAsyncEnumerable().WithCancellation(ct))
            if (TitleKey.Of(stored) == key) return true;
        return false;
    }
}
