using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace Svodka.Ingest.Fetching;

/// <summary>
/// Which failures the resilience pipeline retries inline, a little, before the fetch gives up. Anything that
/// needs a longer pause is surfaced instead, so the scheduler backs off (<see cref="Scheduling.FetchSchedule"/>).
/// </summary>
internal static class FetchRetryPolicy
{
    /// <summary>A 5xx asking for a longer pause than this is not retried inline: the scheduler should back off.</summary>
    public static readonly TimeSpan MaxInlineRetryAfter = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Environment.TickCount64 after which no new retry starts. Set per hop by <see cref="HttpFetcher"/> so a
    /// retry never begins in the second half of the time budget: a slow failing server then ends with its own
    /// status rather than "timed out".
    /// </summary>
    public static readonly HttpRequestOptionsKey<long> RetryUntil = new("Svodka.RetryUntil");

    /// <summary>Retry options; only for MaxRetries above zero (Polly refuses zero attempts).</summary>
    /// <remarks>
    /// No wait between tries is longer than a quarter of the budget, and no retry starts after half of it is
    /// gone (<see cref="RetryUntil"/>), so the last try always has a quarter of the budget to run in.
    /// </remarks>
    public static HttpRetryStrategyOptions Create(FetcherOptions options, TimeProvider time)
    {
        var maxWait = options.Timeout / 4;
        var maxRetryAfter = maxWait < MaxInlineRetryAfter ? maxWait : MaxInlineRetryAfter;
        return new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            Delay = options.RetryDelay < maxWait ? options.RetryDelay : maxWait,
            MaxDelay = maxWait,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args, time, maxRetryAfter)),
            DelayGenerator = args => ValueTask.FromResult(ShortRetryAfter(args.Outcome.Result, time, maxRetryAfter)),
        };
    }

    private static bool ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args, TimeProvider time, TimeSpan maxRetryAfter)
    {
        var request = args.Context.GetRequestMessage();
        if (request is not null && request.Options.TryGetValue(RetryUntil, out var until) && Environment.TickCount64 > until)
            return false;
        return args.Outcome switch
        {
            { Result: { } response } => IsTransient(response, time, maxRetryAfter),
            { Exception: HttpRequestException e } => IsTransient(e),
            _ => false,
        };
    }

    private static bool IsTransient(HttpResponseMessage response, TimeProvider time, TimeSpan maxRetryAfter)
    {
        var status = (int)response.StatusCode;
        if (status == (int)HttpStatusCode.RequestTimeout) return true;
        // Other 4xx (429 included) are the server's considered answer; 501 and 505 will not change on a retry.
        if (status < 500 || status is 501 or 505) return false;
        var retryAfter = RetryAfterHeader.Read(response, time.GetUtcNow());
        return retryAfter is null || retryAfter <= maxRetryAfter;
    }

    private static bool IsTransient(HttpRequestException e)
    {
        for (Exception? inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is ConnectFailure failure) return failure.Transient;
        return e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.ResponseEnded
            or HttpRequestError.Unknown;
    }

    /// <summary>The server's Retry-After when it is short enough to wait out inline; else null, for the usual backoff.</summary>
    private static TimeSpan? ShortRetryAfter(HttpResponseMessage? response, TimeProvider time, TimeSpan maxRetryAfter) =>
        response is not null && RetryAfterHeader.Read(response, time.GetUtcNow()) is { } wait && wait <= maxRetryAfter
            ? wait
            : null;
}
