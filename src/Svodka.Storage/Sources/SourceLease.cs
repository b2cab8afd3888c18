namespace Svodka.Storage.Sources;

/// <summary>
/// A source this worker may fetch until <see cref="LeaseUntil"/>; storing the fetch or recording its
/// failure releases it. <see cref="RecentItemTimes"/> are the published times (first-seen when the
/// feed gave none) of its latest items, newest first, for adaptive scheduling.
/// </summary>
public sealed record SourceLease(SourceRecord Source, DateTimeOffset LeaseUntil, IReadOnlyList<DateTimeOffset> RecentItemTimes);
