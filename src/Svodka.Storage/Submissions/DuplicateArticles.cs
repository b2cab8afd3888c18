using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.Submissions;

/// <summary>
/// Whether a reader's item is already on the site: an article with its canonical URL, or with its headline once
/// folded (<see cref="TitleKey"/>). Both are index lookups: articles.canonical_url and articles.title_hash.
/// </summary>
public sealed class DuplicateArticles(IDbContextFactory<SvodkaDb> factory, TimeProvider clock)
{
    /// <summary>How far back folded headlines are compared; the same headline a month later is usually a new event.</summary>
    public static readonly TimeSpan TitleWindow = TimeSpan.FromDays(7);

    /// <summary>The id of a stored article the item repeats, or null.</summary>
    public Task<long?> FindAsync(string canonicalUrl, string title, CancellationToken ct) =>
        FindAsync(canonicalUrl, title, TitleKey.Of(title), ct);

    /// <summary>As above, for a caller that has already folded the title; <paramref name="titleKey"/> is <see cref="TitleKey.Of"/> of the title.</summary>
    public async Task<long?> FindAsync(string canonicalUrl, string title, string titleKey, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var byUrl = await db.Articles.Where(a => a.CanonicalUrl == canonicalUrl).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
        if (byUrl is not null || TitleKey.HashOfKey(titleKey) is not { } hash) return byUrl;
        return await ByTitle(db, hash, title.Trim(), clock.GetUtcNow() - TitleWindow).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Articles whose folded headline has this hash: the same words exactly at any age, folded ones within the
    /// window. No ordering, so that nothing tempts the planner away from the title_hash index.
    /// </summary>
    internal static IQueryable<long?> ByTitle(SvodkaDb db, string hash, string exactTitle, DateTimeOffset since) =>
        db.Articles.Where(a => a.TitleHash == hash && (a.ListedAt >= since || a.Title == exactTitle)).Select(a => (long?)a.Id);
}
