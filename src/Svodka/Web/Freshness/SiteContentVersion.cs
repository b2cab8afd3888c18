namespace Svodka.Web.Freshness;

/// <summary>
/// A number that changes whenever the site's content may have changed. Cached pages and ETags carry it,
/// so a bump makes every cached page stale at once. The collector and the story worker call
/// <see cref="Bump"/> after they store something; <see cref="ContentWatcher"/> bumps it when another
/// process (a separate `svodka worker`) changed the database.
/// </summary>
public sealed class SiteContentVersion(TimeProvider clock)
{
    private long value = 1;
    private long changedAtTicks = clock.GetUtcNow().UtcTicks;

    public long Value => Interlocked.Read(ref value);

    /// <summary>When the content last changed, as far as this process knows (Last-Modified of pages and feeds).</summary>
    public DateTimeOffset ChangedAt => new(Interlocked.Read(ref changedAtTicks), TimeSpan.Zero);

    public void Bump()
    {
        Interlocked.Exchange(ref changedAtTicks, clock.GetUtcNow().UtcTicks);
        Interlocked.Increment(ref value);
    }
}
