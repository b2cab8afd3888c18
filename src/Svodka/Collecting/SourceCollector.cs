using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Svodka.Core.Model;
using Svodka.Understanding;
using Svodka.Ingest.Feeds;
using Svodka.Ingest.Fetching;
using Svodka.Ingest.Processing;
using Svodka.Ingest.Scheduling;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Collecting;

/// <summary>What one collection of one source came to, for progress displays and logs.</summary>
public sealed record CollectResult(long SourceId, string FeedUrl, bool Ok, int? HttpStatus, int New, int Seen, TimeSpan Duration, string? Error);

/// <summary>
/// Collects one leased source: fetch (conditional) → parse → drafts → store, and records the attempt.
/// Whatever goes wrong with this source is recorded on it and never escapes to the other sources.
/// </summary>
public sealed class SourceCollector(
    HttpFetcher fetcher,
    DraftBuilder drafts,
    PageEnricher pages,
    ReloadableAnalyzer analyzers,
    ArticleStore articles,
    IOptions<CollectorOptions> options,
    TimeProvider time,
    ILogger<SourceCollector> logger)
{
    public async Task<CollectResult> CollectAsync(SourceLease lease, CancellationToken ct)
    {
        var source = lease.Source;
        var started = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        int? status = null;
        long bytes = 0;
        try
        {
            var response = await fetcher.FetchAsync(
                new FetchRequest(new Uri(source.FeedUrl)) { ETag = source.ETag, LastModified = source.LastModified }, ct);
            status = response.StatusCode;
            bytes = response.Bytes;

            IReadOnlyList<ArticleDraft> batch = [];
            ParsedFeed? feed = null;
            if (!response.NotModified)
            {
                feed = FeedParser.Parse(response.Body, response.FinalUrl, response.ContentType);
                batch = await PrepareAsync(source, BuildDrafts(feed, response.FinalUrl, started), ct);
            }

            var next = NextFetch(lease, started, failures: 0, retryAfter: response.RetryAfter, batch);
            var outcome = new FetchOutcome(started, status, clock.Elapsed, bytes, null,
                response.ETag, response.LastModified, next, feed?.Title, feed?.Link);
            var stored = await articles.StoreFetchAsync(source.Id, batch, outcome, ct);
            logger.LogInformation(
                "fetch source={SourceId} url={FeedUrl} status={Status} ms={DurationMs} bytes={Bytes} items={Items} new={New} seen={Seen} next={NextFetch:o}",
                source.Id, source.FeedUrl, status, (long)clock.Elapsed.TotalMilliseconds, bytes, batch.Count, stored.New, stored.Seen, next);
            return new CollectResult(source.Id, source.FeedUrl, true, status, stored.New, stored.Seen, clock.Elapsed, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var error = Describe(e);
            var retryAfter = (e as FetchException)?.RetryAfter;
            status ??= (e as FetchException)?.StatusCode;
            var next = NextFetch(lease, started, source.ConsecutiveFailures + 1, retryAfter, []);
            var outcome = new FetchOutcome(started, status, clock.Elapsed, bytes, error, null, null, next, null, null);
            await articles.RecordFailureAsync(source.Id, outcome, CancellationToken.None);
            logger.LogWarning(
                "fetch source={SourceId} url={FeedUrl} status={Status} ms={DurationMs} bytes={Bytes} failures={Failures} next={NextFetch:o} error={Error}",
                source.Id, source.FeedUrl, status, (long)clock.Elapsed.TotalMilliseconds, bytes, source.ConsecutiveFailures + 1, next, error);
            return new CollectResult(source.Id, source.FeedUrl, false, status, 0, 0, clock.Elapsed, error);
        }
    }

    /// <summary>
    /// New articles get their page fetched (when the feed carries a teaser) and are analysed; the ones
    /// already stored pass as they are, to be linked to this source. Each article costs this once.
    /// </summary>
    private async Task<IReadOnlyList<ArticleDraft>> PrepareAsync(SourceRecord source, List<ArticleDraft> drafts, CancellationToken ct)
    {
        if (drafts.Count == 0) return drafts;
        var known = await articles.KnownCanonicalUrlsAsync(drafts.Select(d => d.CanonicalUrl).ToList(), ct);
        var fresh = drafts.Where(d => !known.Contains(d.CanonicalUrl)).ToList();
        var enriched = await pages.EnrichAsync(source, fresh, ct);
        var analysed = new Dictionary<string, ArticleDraft>(StringComparer.Ordinal);
        var analyzer = analyzers.Current; // one gazetteer for the whole batch, even if an admin reloads meanwhile
        foreach (var draft in enriched)
            analysed[draft.CanonicalUrl] = draft with { Analysis = analyzer.Analyse(draft.Title, draft.Text ?? draft.Summary, draft.Url) };
        return drafts.ConvertAll(d => analysed.GetValueOrDefault(d.CanonicalUrl) ?? d);
    }

    private List<ArticleDraft> BuildDrafts(ParsedFeed feed, Uri feedUrl, DateTimeOffset now)
    {
        var list = new List<ArticleDraft>(feed.Items.Count);
        foreach (var item in feed.Items)
        {
            var draft = drafts.Build(item, feed, feedUrl, out var skipped);
            if (draft is null)
            {
                logger.LogDebug("skip {FeedUrl}: {Reason}", feedUrl, skipped);
                continue;
            }
            // A publication time in the future is a wrong time zone or clock; it would pin the item to the top.
            if (draft.Published > now.AddMinutes(10)) draft = draft with { Published = now };
            list.Add(draft);
        }
        return list;
    }

    private DateTimeOffset NextFetch(SourceLease lease, DateTimeOffset now, int failures, TimeSpan? retryAfter, IReadOnlyList<ArticleDraft> batch)
    {
        var recent = lease.RecentItemTimes
            .Concat(batch.Where(d => d.Published is not null).Select(d => d.Published!.Value))
            .OrderDescending().Take(20).ToList();
        return FetchSchedule.NextFetch(new ScheduleInput(now, options.Value.DefaultInterval, failures, retryAfter, recent, lease.Source.Id));
    }

    private static string Describe(Exception e) => e switch
    {
        FetchException or FeedParseException => e.Message,
        OperationCanceledException => "cancelled",
        _ => $"{e.GetType().Name}: {e.GetBaseException().Message}",
    };
}
