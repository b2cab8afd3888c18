using Svodka.Storage.Sources;

namespace Svodka.Storage.Entities;

/// <summary>A feed Svodka polls, with what the last polls learned about it.</summary>
public sealed class Source
{
    public long Id { get; set; }
    public required string FeedUrl { get; set; }
    public string? Title { get; set; }
    public string? SiteUrl { get; set; }
    public string? Category { get; set; }
    public bool Enabled { get; set; } = true;
    public SourceStatus Status { get; set; } = SourceStatus.New;
    public string? LastError { get; set; }
    public DateTimeOffset? LastFetchedAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    /// <summary>Null: due now.</summary>
    public DateTimeOffset? NextFetchAt { get; set; }
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public int ConsecutiveFailures { get; set; }
    /// <summary>Articles linked to this source, kept in the same transaction as the links.</summary>
    public long ItemsTotal { get; set; }
    public FetchPolicy FetchPolicy { get; set; } = FetchPolicy.WhenShort;
    /// <summary>How much one report by this outlet weighs in ranking (1 = an ordinary outlet); the operator sets it.</summary>
    public double Authority { get; set; } = 1.0;
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The worker fetching this source now; the lease lapses at <see cref="LeaseUntil"/> if it dies.</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}
