using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Writing;

namespace Svodka.Storage.ApiKeys;

/// <summary>The api_keys table: keys are made here, checked on every write request, and revoked by name.</summary>
public sealed class ApiKeyStore(IDbContextFactory<SvodkaDb> factory, TimeProvider clock)
{
    /// <summary>Keys start with this, so one found in a log or a repository is recognisable.</summary>
    public const string Prefix = "svk_";

    /// <summary>A last-used time is written at most this often per key: a busy client must not turn reads of the key into writes.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Makes a key under <paramref name="name"/> and returns it: the only time it can be read.</summary>
    public async Task<(ApiKeyRecord Record, string Key)> AddAsync(string name, CancellationToken ct)
    {
        var clean = StoredText.CleanNotNull(name).Trim();
        if (clean.Length is 0 or > 64) throw new ArgumentException("a key's name must be 1 to 64 characters", nameof(name));
        var key = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var db = factory.CreateDbContext();
        if (await db.ApiKeys.AnyAsync(k => k.Name == clean, ct)) throw new ApiKeyExistsException(clean);
        var row = new ApiKeyRow { Name = clean, KeyHash = Hash(key), CreatedAt = clock.GetUtcNow() };
        db.ApiKeys.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (WriteConflict.IsUniqueViolation(e))
        {
            throw new ApiKeyExistsException(clean);
        }
        return (From(row), key);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(ct);
        return rows.ConvertAll(From);
    }

    /// <summary>Revokes the key; false when there is no key of that name. Revoking twice keeps the first time.</summary>
    public async Task<bool> RevokeAsync(string name, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.ApiKeys.FirstOrDefaultAsync(k => k.Name == name, ct);
        if (row is null) return false;
        row.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The live key this is, or null (unknown or revoked); notes when it was used.</summary>
    public async Task<ApiKeyRecord?> VerifyAsync(string key, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 256) return null;
        var hash = Hash(key);
        await using var db = factory.CreateDbContext();
        var row = await db.ApiKeys.FirstOrDefaultAsync(k => k.KeyHash == hash, ct);
        if (row is null || row.RevokedAt is not null) return null;
        var now = clock.GetUtcNow();
        if (row.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            row.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return From(row);
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static ApiKeyRecord From(ApiKeyRow r) => new(r.Id, r.Name, r.CreatedAt, r.LastUsedAt, r.RevokedAt);
}
