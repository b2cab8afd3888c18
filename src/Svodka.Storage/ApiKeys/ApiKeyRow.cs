using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.ApiKeys;

/// <summary>
/// A key that lets a client write through the API. Only the key's SHA-256 is stored: a copy of the database
/// gives nobody a working key, and the key itself is shown once, when it is made.
/// </summary>
public sealed class ApiKeyRow
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes.</summary>
    public required string KeyHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    internal static void Configure(ModelBuilder model) => model.Entity<ApiKeyRow>(key =>
    {
        key.ToTable("api_keys");
        key.Property(k => k.Name).HasMaxLength(64);
        key.Property(k => k.KeyHash).HasMaxLength(64);
        key.HasIndex(k => k.Name).IsUnique();
        key.HasIndex(k => k.KeyHash).IsUnique();
    });
}
