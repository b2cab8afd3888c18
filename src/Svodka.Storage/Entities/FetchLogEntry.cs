namespace Svodka.Storage.Entities;

/// <summary>One attempt to fetch a source, successful or not.</summary>
public sealed class FetchLogEntry
{
    public long Id { get; set; }
    public long SourceId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public int? HttpStatus { get; set; }
    public long DurationMs { get; set; }
    public long Bytes { get; set; }
    public int ItemsNew { get; set; }
    public int ItemsSeen { get; set; }
    public string? Error { get; set; }
}
