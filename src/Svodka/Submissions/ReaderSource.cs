using Svodka.Storage.Sources;

namespace Svodka.Submissions;

/// <summary>
/// The source approved readers' items are stored under, so they travel the collector's path (analysis,
/// stories, search, feeds). It is disabled: there is no feed to fetch behind its placeholder URL.
/// </summary>
public sealed class ReaderSource(SourceStore sources)
{
    /// <summary>A reserved name (RFC 2606 .invalid): never a real feed, and how pages recognise a reader's item.</summary>
    public const string FeedUrl = "https://readers.svodka.invalid/submissions";
    public const string Title = "Читатели";

    /// <summary>How long "no reader source yet" is believed: every article page asks, and until the first approval the answer is no.</summary>
    private static readonly TimeSpan AbsentFor = TimeSpan.FromSeconds(30);

    private long? id;
    private long absentUntil;

    /// <summary>
    /// The source's id when it exists (after the first approval): pages label its articles. An approval in this
    /// process is known at once; one in another process within <see cref="AbsentFor"/>.
    /// </summary>
    public async Task<long?> FindIdAsync(CancellationToken ct)
    {
        if (id is { } known) return known;
        if (Environment.TickCount64 < Interlocked.Read(ref absentUntil)) return null;
        var found = await sources.FindAsync(FeedUrl, ct);
        if (found is not null) id = found.Id;
        else Interlocked.Exchange(ref absentUntil, Environment.TickCount64 + (long)AbsentFor.TotalMilliseconds);
        return found?.Id;
    }

    /// <summary>Drops the remembered id: an admin removed the source, and the next approval makes it again.</summary>
    public void Forget()
    {
        id = null;
        Interlocked.Exchange(ref absentUntil, 0);
    }

    public async Task<long> IdAsync(CancellationToken ct)
    {
        if (id is { } known) return known;
        var source = await sources.AddAsync(new NewSource(FeedUrl, Title, Category: "Читатели", FetchPolicy: FetchPolicy.Never), ct);
        if (source.Enabled) await sources.SetEnabledAsync(source.Id, false, ct);
        id = source.Id;
        Interlocked.Exchange(ref absentUntil, 0);
        return source.Id;
    }
}
