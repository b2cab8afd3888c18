namespace Svodka.Ingest.Scheduling;

/// <summary>
/// When to fetch a source next. Pure: the caller passes the time and the source's history.
/// </summary>
/// <remarks>
/// <para>The next fetch is <c>Now + delay</c>, where the delay is built in four steps:</para>
/// <list type="number">
/// <item><b>Regular interval.</b> From the recent item times (future ones count as now, items less than a
/// minute apart as one publication, the newest 20 publications kept). With fewer than 3 publications there
/// is nothing to adapt to and the interval is <see cref="ScheduleInput.DefaultInterval"/>. Otherwise the
/// typical gap is the larger of the mean gap between publications and the silence since the newest one (a
/// feed that has gone quiet is as slow as its silence), and the interval is half the typical gap, so a new
/// item waits on average a quarter of a gap; kept within [<see cref="MinInterval"/>, <see cref="MaxInterval"/>]:
/// a feed that publishes every 10 minutes is fetched every 5, one that publishes every few hours every 2 hours.</item>
/// <item><b>Backoff.</b> After <c>n</c> failures in a row: <c>interval × 2ⁿ</c>, at most <see cref="MaxDelay"/>.</item>
/// <item><b>Retry-After.</b> Never sooner than the server asked: <c>max(delay, min(RetryAfter, MaxDelay))</c>.</item>
/// <item><b>Jitter.</b> <c>delay × (1 + JitterShare × j)</c> with <c>j</c> in [0, 1) hashed from the source id,
/// at most <see cref="MaxDelay"/>: it only ever adds, so no rule above is undercut, and it is the same for a
/// source every time but differs between sources, so thousands of sources added at once do not fire at once.</item>
/// </list>
/// </remarks>
public static class FetchSchedule
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan MaxInterval = TimeSpan.FromHours(2);

    /// <summary>Nothing is scheduled further ahead than this, backoff and Retry-After included.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(24);

    /// <summary>The jitter adds up to this share of the delay.</summary>
    public const double JitterShare = 0.1;

    private const int MinPublications = 3;
    private const int MaxPublications = 20;
    private static readonly TimeSpan SamePublication = TimeSpan.FromMinutes(1);

    public static DateTimeOffset NextFetch(ScheduleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var delay = RegularInterval(input);

        var failures = Math.Clamp(input.ConsecutiveFailures, 0, 20);
        if (failures > 0) delay = Min(delay * Math.Pow(2, failures), MaxDelay);

        if (input.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero)
            delay = Max(delay, Min(retryAfter, MaxDelay));

        delay = Min(delay * (1 + JitterShare * JitterFraction(input.SourceId)), MaxDelay);
        return input.Now + delay;
    }

    /// <summary>Step 1 alone: the interval between fetches while all goes well.</summary>
    public static TimeSpan RegularInterval(ScheduleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var publications = Publications(input.RecentItemTimes, input.Now);
        if (publications.Count < MinPublications)
            return Clamp(input.DefaultInterval, MinInterval, MaxDelay);

        var newest = publications[0];
        var oldest = publications[^1];
        var meanGap = (newest - oldest) / (publications.Count - 1);
        var silence = input.Now - newest;
        return Clamp(Max(meanGap, silence) / 2, MinInterval, MaxInterval);
    }

    /// <summary>The source's jitter, in [0, 1): the same for a source id every time, spread evenly over ids.</summary>
    internal static double JitterFraction(long sourceId)
    {
        // SplitMix64's finaliser: consecutive ids (1, 2, 3…) land far apart.
        var x = unchecked((ulong)sourceId + 0x9E3779B97F4A7C15UL);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>Newest first; at most <see cref="MaxPublications"/>; a burst within a minute counts once.</summary>
    private static List<DateTimeOffset> Publications(IReadOnlyList<DateTimeOffset> itemTimes, DateTimeOffset now)
    {
        var sorted = itemTimes.Select(t => t > now ? now : t).OrderDescending();
        var publications = new List<DateTimeOffset>(MaxPublications);
        foreach (var time in sorted)
        {
            if (publications.Count > 0 && publications[^1] - time < SamePublication) continue;
            publications.Add(time);
            if (publications.Count == MaxPublications) break;
        }
        return publications;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => Max(min, Min(value, max));
}
