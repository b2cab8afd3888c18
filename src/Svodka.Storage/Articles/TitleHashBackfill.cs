using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Submissions;

namespace Svodka.Storage.Articles;

/// <summary>
/// Gives articles stored before the title_hash column (migration TitleHash) their hash, which the folding in
/// <see cref="TitleKey"/> computes in C# and SQL cannot. Runs after every migration; once the rows are filled it
/// is one indexed look for a null. Two processes at once write the same values.
/// </summary>
internal static class TitleHashBackfill
{
    private const int Batch = 1000;

    public static async Task<int> RunAsync(IDbContextFactory<SvodkaDb> factory, CancellationToken ct)
    {
        var filled = 0;
        while (true)
        {
            await using var db = factory.CreateDbContext();
            var rows = await db.Articles.AsNoTracking().Where(a => a.TitleHash == null)
                .OrderBy(a => a.Id).Take(Batch).Select(a => new { a.Id, a.Title }).ToListAsync(ct);
            if (rows.Count == 0) return filled;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                var hash = TitleKey.Hash(row.Title) ?? "";
                await db.Articles.Where(a => a.Id == row.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.TitleHash, hash), ct);
            }
            await tx.CommitAsync(ct);
            filled += rows.Count;
        }
    }
}
