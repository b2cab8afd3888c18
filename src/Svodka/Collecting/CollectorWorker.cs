using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Collecting;

/// <summary>
/// The background worker: claims due sources through row leases, so that several worker processes
/// on one database share the sources and none is fetched twice in one interval, and collects them.
/// </summary>
public sealed class CollectorWorker(
    SourceStore sources,
    SourceCollector collector,
    IOptions<CollectorOptions> options,
    TimeProvider time,
    ILogger<CollectorWorker> logger) : BackgroundService
{
    public string WorkerId { get; } = options.Value.WorkerId
        ?? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>When the worker last finished a pass: the health check reads it.</summary>
    public DateTimeOffset? LastPass { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        logger.LogInformation("collector {WorkerId} started: {Parallelism} at once, lease {Lease}", WorkerId, o.Parallelism, o.LeaseDuration);
        while (!stoppingToken.IsCancellationRequested)
        {
            int claimed;
            try
            {
                claimed = await RunPassAsync(stoppingToken);
                LastPass = time.GetUtcNow();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database went away or similar: wait and try again rather than killing the host.
                logger.LogError(e, "collector pass failed");
                claimed = 0;
            }
            if (claimed == 0)
                await Task.Delay(o.IdlePoll, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Claims up to a batch of due sources and collects them; returns how many were claimed.</summary>
    public async Task<int> RunPassAsync(CancellationToken ct)
    {
        var o = options.Value;
        var leases = await sources.ClaimDueAsync(WorkerId, time.GetUtcNow(), o.Parallelism * 4, o.LeaseDuration, ct);
        if (leases.Count == 0) return 0;
        await Parallel.ForEachAsync(leases, new ParallelOptions { MaxDegreeOfParallelism = o.Parallelism, CancellationToken = ct },
            async (lease, token) => await collector.CollectAsync(lease, token));
        return leases.Count;
    }
}
