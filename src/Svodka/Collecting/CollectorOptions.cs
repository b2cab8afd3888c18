namespace Svodka.Collecting;

/// <summary>How the background collector polls sources (section "Collector").</summary>
public sealed class CollectorOptions
{
    /// <summary>The interval a source starts with; the schedule adapts it to how often the source publishes.</summary>
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Sources collected at once by one worker process (the fetcher also caps requests per host).</summary>
    public int Parallelism { get; set; } = 16;

    /// <summary>
    /// How long a claimed source stays leased to this worker. A worker that dies holds its sources
    /// this long at most; then another worker takes them.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest the worker sleeps when nothing is due.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Names this worker in leases and logs; default host name, process id and a random suffix.</summary>
    public string? WorkerId { get; set; }
}
