using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Svodka.Sites;
using Svodka.Storage.Portal;

namespace Svodka.Web.Freshness;

/// <summary>
/// Looks at the database's content marks every <see cref="Interval"/> and bumps the content version when
/// they moved: the collector may run in another process, and its new articles must not wait for a cache
/// to expire. A change of the sites table reloads the sites.
/// </summary>
public sealed class ContentWatcher(PortalReads reads, SiteContentVersion version, SiteCatalog sites, ILogger<ContentWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ContentWatermark? last = null;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            if (stoppingToken.IsCancellationRequested) return;
            try
            {
                var now = await reads.WatermarkAsync(stoppingToken);
                if (last is not null && now.LastSiteUpdate != last.LastSiteUpdate) await sites.ReloadAsync(stoppingToken);
                if (last is not null && now != last) version.Bump();
                last = now;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("content watcher: {Error}", e.GetBaseException().Message);
            }
        } while (await NextTickAsync(timer, stoppingToken));
    }

    /// <summary>False when stopping: the host is shutting down, which is no failure of the watcher.</summary>
    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
