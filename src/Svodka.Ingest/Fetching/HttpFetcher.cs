using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Options;

namespace Svodka.Ingest.Fetching;

/// <summary>
/// GETs one URL from the hostile internet within limits: conditional GET, manual redirects, a body cap
/// enforced while streaming, a total time budget, per-host and global concurrency, and (in the connect
/// callback) refusal of private addresses. 2xx and 304 return; everything else throws <see cref="FetchException"/>.
/// </summary>
public sealed class HttpFetcher
{
    internal const string ClientName = "Svodka.Fetcher";

    private readonly IHttpClientFactory _clients;
    private readonly FetcherOptions _options;
    private readonly TimeProvider _time;
    private readonly HostThrottle _throttle;

    // Internal: only AddSvodkaFetcher configures the named client with the address guard, so only it may build this.
    internal HttpFetcher(IHttpClientFactory clients, IOptions<FetcherOptions> options, TimeProvider time)
    {
        _clients = clients;
        _options = options.Value;
        _time = time;
        _throttle = new HostThrottle(_options.MaxPerHost, _options.MaxConcurrent);
    }

    public async Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = FetchUrls.RequireHttp(request.Url);
        var client = _clients.CreateClient(ClientName);
        var budget = new TimeBudget(_options.Timeout);

        using var slot = await _throttle.EnterAsync(cancellationToken).ConfigureAwait(false);
        for (var redirects = 0; ; redirects++)
        {
            Hop hop;
            // A slot per hop, not per fetch: holding host A while waiting for host B could deadlock.
            using (await _throttle.EnterHostAsync(url.IdnHost, cancellationToken).ConfigureAwait(false))
                hop = await FetchHopAsync(client, request, url, budget, cancellationToken).ConfigureAwait(false);

            if (hop.Response is { } response)
                return response with { RequestedUrl = request.Url, Duration = budget.Spent };
            if (redirects == _options.MaxRedirects)
                throw new FetchException(FetchFailure.TooManyRedirects, url,
                    FetchMessages.TooManyRedirects(_options.MaxRedirects), hop.RedirectStatus);
            url = hop.Redirect!;
        }
    }

    private async Task<Hop> FetchHopAsync(HttpClient client, FetchRequest request, Uri url, TimeBudget budget,
        CancellationToken cancellationToken)
    {
        if (budget.Remaining <= TimeSpan.Zero)
            throw new FetchException(FetchFailure.Timeout, url, FetchMessages.TimedOut(_options.Timeout));

        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget.Remaining);
        try
        {
            using var message = BuildRequest(request, url, budget);
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                .ConfigureAwait(false);
            return await ReadAnswerAsync(response, request, url, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException or InvalidDataException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (timeout.IsCancellationRequested)
                throw new FetchException(FetchFailure.Timeout, url, FetchMessages.TimedOut(_options.Timeout), innerException: e);
            throw e switch
            {
                // Neither the caller nor the budget cancelled: SocketsHttpHandler's connect timeout did.
                OperationCanceledException => new FetchException(FetchFailure.Timeout, url,
                    $"could not connect to {url.Authority} within {FetchMessages.Seconds(_options.ConnectTimeout)}", innerException: e),
                HttpRequestException http => FetchErrors.FromHttp(http, url),
                InvalidDataException => new FetchException(FetchFailure.Network, url,
                    $"could not decompress the body from {url.Authority}", innerException: e),
                _ => FetchErrors.FromBodyRead((IOException)e, url),
            };
        }
        finally
        {
            budget.Spend(Stopwatch.GetElapsedTime(started));
        }
    }

    private HttpRequestMessage BuildRequest(FetchRequest request, Uri url, TimeBudget budget)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("Accept", HeaderText.Clean(request.Accept) ?? "*/*");
        if (HeaderText.Clean(request.ETag) is { } etag) message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (HeaderText.Clean(request.LastModified) is { } lastModified)
            message.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        var retryWindow = budget.Remaining - _options.Timeout / 2;
        message.Options.Set(FetchRetryPolicy.RetryUntil, Environment.TickCount64 + (long)retryWindow.TotalMilliseconds);
        return message;
    }

    private async Task<Hop> ReadAnswerAsync(HttpResponseMessage response, FetchRequest request, Uri url,
        CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var retryAfter = RetryAfterHeader.Read(response, _time.GetUtcNow());

        if (status is 301 or 302 or 303 or 307 or 308)
            return new Hop(null, FetchUrls.RedirectTarget(response, url, status), status);

        var notModified = status == (int)HttpStatusCode.NotModified;
        if (!notModified && status is < 200 or > 299)
            throw new FetchException(FetchFailure.HttpStatus, url, FetchMessages.Status(status, retryAfter), status, retryAfter);

        var body = notModified
            ? []
            : await CappedBody.ReadAsync(response.Content, _options.MaxBodyBytes, url, cancellationToken).ConfigureAwait(false);
        var etag = HeaderText.First(response.Headers.NonValidated, "ETag");
        var lastModified = HeaderText.First(response.Content.Headers.NonValidated, "Last-Modified");
        return new Hop(new FetchResponse
        {
            RequestedUrl = request.Url,
            FinalUrl = url,
            StatusCode = status,
            NotModified = notModified,
            Body = body,
            ContentType = HeaderText.First(response.Content.Headers.NonValidated, "Content-Type"),
            // A 304 that leaves the validators out means the ones sent still hold.
            ETag = etag ?? (notModified ? HeaderText.Clean(request.ETag) : null),
            LastModified = lastModified ?? (notModified ? HeaderText.Clean(request.LastModified) : null),
            RetryAfter = retryAfter,
        }, null, null);
    }

    /// <summary>What one request/response exchange gave: a final answer, or where to go next.</summary>
    private readonly record struct Hop(FetchResponse? Response, Uri? Redirect, int? RedirectStatus);

    /// <summary>The total timeout, counted over network time only, so waiting for a free slot does not use it up.</summary>
    private sealed class TimeBudget(TimeSpan total)
    {
        public TimeSpan Spent { get; private set; }
        public TimeSpan Remaining => total - Spent;
        public void Spend(TimeSpan elapsed) => Spent += elapsed;
    }
}
