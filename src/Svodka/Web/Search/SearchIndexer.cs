using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Svodka.Storage.Search;
using Svodka.Web.Freshness;

namespace Svodka.Web.Search;

/// <summary>
/// Keeps the search index up to date from the outside, with no hook in the collector's insert path: new
/// articles are indexed by id after the highest one indexed (so a fresh index catches up with every stored
/// article, and an article stored by another process is found all the same), and articles analysed again
/// (svodka reanalyse) are indexed again by their analysis time. Running beside the site, it needs no extra
/// process; indexing twice is harmless (the index is keyed by article id).
/// </summary>
public sealed class SearchIndexer(ArticleSearch search, SiteContentVersion version, TimeProvider clock, ILogger<SearchIndexer> logger) : BackgroundService
{
    public static readonly TimeSpan Idle = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan ReanalysisSweep = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sweptAt = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var indexed = 0;
                for (int n; (n = await search.IndexNewAsync(stoppingToken)) > 0;) indexed += n;
                if (clock.GetUtcNow() - sweptAt >= ReanalysisSweep)
                {
                    var started = clock.GetUtcNow();
                    indexed += await search.IndexAnalysedSinceAsync(sweptAt, stoppingToken);
                    sweptAt = started;
                }
                if (indexed > 0)
                {
                    version.Bump();
                    logger.LogDebug("search: {Count} articles indexed", indexed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("search indexer: {Error}", e.GetBaseException().Message);
            }
            await Task.Delay(Idle, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
