namespace Svodka.Ingest.Fetching;

/// <summary>
/// Slots for requests in flight: a few per host, so Svodka is a polite client of every publisher, and a
/// global cap, so thousands of due sources do not open thousands of sockets at once.
/// </summary>
internal sealed class HostThrottle(int maxPerHost, int maxConcurrent)
{
    private readonly SemaphoreSlim _global = new(maxConcurrent, maxConcurrent);
    private readonly Dictionary<string, HostSlots> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a global slot; dispose the lease to give it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _global.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Lease(() => _global.Release());
    }

    /// <summary>Waits for a slot of this host; dispose the lease to give it back.</summary>
    public async Task<IDisposable> EnterHostAsync(string host, CancellationToken cancellationToken)
    {
        HostSlots slots;
        lock (_hosts)
        {
            if (!_hosts.TryGetValue(host, out slots!))
                _hosts[host] = slots = new HostSlots(new SemaphoreSlim(maxPerHost, maxPerHost));
            slots.Users++;
        }
        try
        {
            await slots.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(host, slots, release: false);
            throw;
        }
        return new Lease(() => Leave(host, slots, release: true));
    }

    /// <summary>Hosts with a request running or waiting; entries go away when the last one leaves.</summary>
    internal int TrackedHosts
    {
        get { lock (_hosts) return _hosts.Count; }
    }

    private void Leave(string host, HostSlots slots, bool release)
    {
        if (release) slots.Semaphore.Release();
        lock (_hosts)
        {
            // Forgetting idle hosts keeps a crawl of many one-off hosts (or a hostile redirect chain) from
            // growing the table forever.
            if (--slots.Users == 0)
            {
                _hosts.Remove(host);
                slots.Semaphore.Dispose();
            }
        }
    }

    private sealed class HostSlots(SemaphoreSlim semaphore)
    {
        public SemaphoreSlim Semaphore { get; } = semaphore;
        public int Users;
    }

    private sealed class Lease(Action release) : IDisposable
    {
        private Action? _release = release;

        public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
    }
}
