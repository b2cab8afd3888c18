namespace Svodka.Ingest.Scheduling;

/// <summary>What <see cref="FetchSchedule"/> knows about a source when it decides the next fetch.</summary>
/// <param name="Now">The moment of deciding (usually the end of the last fetch).</param>
/// <param name="DefaultInterval">The interval for a source with too little history to adapt to (10 min unless configured).</param>
/// <param name="ConsecutiveFailures">Failed fetches in a row; 0 after a success.</param>
/// <param name="RetryAfter">What the server's Retry-After asked for on the last fetch, if anything.</param>
/// <param name="RecentItemTimes">Publication times of the source's recent items, any order.</param>
/// <param name="SourceId">Picks the source's jitter, so it is stable for a source and differs between sources.</param>
public sealed record ScheduleInput(
    DateTimeOffset Now,
    TimeSpan DefaultInterval,
    int ConsecutiveFailures,
    TimeSpan? RetryAfter,
    IReadOnlyList<DateTimeOffset> RecentItemTimes,
    long SourceId);
