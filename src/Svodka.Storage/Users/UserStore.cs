using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.Users;

public sealed class UserExistsException(string name) : Exception($"a user named '{name}' already exists");

/// <summary>The admin's users, their password hashes and their failed sign-ins.</summary>
public sealed class UserStore(IDbContextFactory<SvodkaDb> factory, TimeProvider clock)
{
    public async Task<UserRecord> AddAsync(string name, string passwordHash, UserRole role, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        if (await db.Users.AnyAsync(u => u.Name == name, ct)) throw new UserExistsException(name);
        var row = new UserRow { Name = name, PasswordHash = passwordHash, Role = role, CreatedAt = clock.GetUtcNow() };
        db.Add(row);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { throw new UserExistsException(name); }
        return UserRecord.From(row);
    }

    public async Task<UserRecord?> FindAsync(string name, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Name == name, ct);
        return row is null ? null : UserRecord.From(row);
    }

    public async Task<bool> SetPasswordAsync(string name, string passwordHash, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.Where(u => u.Name == name).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.PasswordHash, passwordHash)
            .SetProperty(u => u.FailedAttempts, 0)
            .SetProperty(u => u.LockoutUntil, (DateTimeOffset?)null), ct) == 1;
    }

    /// <summary>Counts a wrong password in the database (so every web process sees it); the <paramref name="limit"/>-th locks the account until <paramref name="lockUntil"/>.</summary>
    public async Task RecordFailureAsync(long id, int limit, DateTimeOffset lockUntil, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.FailedAttempts, u => u.FailedAttempts + 1), ct);
        await db.Users.Where(u => u.Id == id && u.FailedAttempts >= limit).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.LockoutUntil, lockUntil)
            .SetProperty(u => u.FailedAttempts, 0), ct);
    }

    public async Task RecordSuccessAsync(long id, string? rehashed, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var now = clock.GetUtcNow();
        if (rehashed is not null)
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, rehashed), ct);
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.FailedAttempts, 0)
            .SetProperty(u => u.LockoutUntil, (DateTimeOffset?)null)
            .SetProperty(u => u.LastLoginAt, now), ct);
    }
}
