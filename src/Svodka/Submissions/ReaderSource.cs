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

    private long? id;

    /// <summary>The source's id when it exists (after the first approval): pages label its articles.</summary>
    public async Task<long?> FindIdAsync(CancellationToken ct)
    {
        if (id is { } known) return known;
        var found = await sources.FindAsync(FeedUrl, ct);
        if (found is not null) id = found.Id;
        return found?.Id;
    }

    /// <summary>Drops the remembered id: an admin removed the source, and the next approval makes it again.</summary>
    public void Forget() => id = null;

    public async Task<long> IdAsync(CancellationToken ct)
    {
        if (id is { } known) return known;
        var source = await sources.AddAsync(new NewSource(FeedUrl, Title, Category: "Читатели", FetchPolicy: FetchPolicy.Never), ct);
        if (source.Enabled) await sources.SetEnabledAsync(source.Id, false, ct);
        id = source.Id;
        return source.Id;
    }
}
