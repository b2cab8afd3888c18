namespace Svodka.Storage.ApiKeys;

/// <summary>An API key as `svodka keys list` shows it: never the key itself, which is not stored.</summary>
public sealed record ApiKeyRecord(long Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}

/// <summary>A key was asked for under a name another key already has.</summary>
public sealed class ApiKeyExistsException(string name) : Exception($"an API key named '{name}' already exists");
