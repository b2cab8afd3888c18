using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Writing;

namespace Svodka.Storage.Sites;

/// <summary>A site definition stored in the database (see <see cref="SiteRow"/>).</summary>
public sealed record StoredSite(string Key, string Definition, bool Enabled, DateTimeOffset UpdatedAt);

/// <summary>The sites table: what the operator added or changed on top of config/sites.json.</summary>
public sealed class SiteStore(IDbContextFactory<SvodkaDb> factory, TimeProvider clock)
{
    public async Task<IReadOnlyList<StoredSite>> ListAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Sites.AsNoTracking().OrderBy(s => s.Key)
            .Select(s => new StoredSite(s.Key, s.Definition, s.Enabled, s.UpdatedAt))
            .ToListAsync(ct);
    }

    /// <summary>Adds the site or replaces its definition.</summary>
    public async Task SaveAsync(string key, string definitionJson, bool enabled, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Sites.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (row is null)
        {
            row = new SiteRow { Key = StoredText.CleanNotNull(key), Definition = "" };
            db.Sites.Add(row);
        }
        row.Definition = definitionJson;
        row.Enabled = enabled;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> RemoveAsync(string key, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Sites.Where(s => s.Key == key).ExecuteDeleteAsync(ct) > 0;
    }
}
