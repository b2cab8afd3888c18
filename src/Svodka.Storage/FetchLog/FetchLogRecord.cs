namespace Svodka.Storage.FetchLog;

/// <param name="HttpStatus">Null when no response came (DNS, timeout, refused connection).</param>
public sealed record FetchLogRecord(
    long Id,
    long SourceId,
    DateTimeOffset StartedAt,
    int? HttpStatus,
    TimeSpan Duration,
    long Bytes,
    int ItemsNew,
    int ItemsSeen,
    string? Error);
