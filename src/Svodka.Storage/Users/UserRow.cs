using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.Users;

/// <summary>Someone who may sign in to /admin: an admin runs everything, an editor moderates.</summary>
public sealed class UserRow
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>ASP.NET Core's PasswordHasher format (PBKDF2, salted, versioned).</summary>
    public required string PasswordHash { get; set; }
    public UserRole Role { get; set; } = UserRole.Editor;
    public int FailedAttempts { get; set; }
    public DateTimeOffset? LockoutUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastLoginAt { get; set; }

    internal static void Configure(ModelBuilder model) => model.Entity<UserRow>(user =>
    {
        user.ToTable("users");
        user.Property(u => u.Name).HasMaxLength(UserRecord.NameLength);
        user.Property(u => u.PasswordHash).HasMaxLength(512);
        user.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        user.HasIndex(u => u.Name).IsUnique();
    });
}

public enum UserRole { Admin, Editor }

public sealed record UserRecord(long Id, string Name, string PasswordHash, UserRole Role, int FailedAttempts, DateTimeOffset? LockoutUntil)
{
    public const int NameLength = 64;

    internal static UserRecord From(UserRow u) => new(u.Id, u.Name, u.PasswordHash, u.Role, u.FailedAttempts, u.LockoutUntil);
}
