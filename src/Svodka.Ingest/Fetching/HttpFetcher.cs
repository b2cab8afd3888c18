using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
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

    // Validators and Content-Type are stored and sent back; anything longer is not a real one.
    private const int MaxHeaderValueLength = 1024;

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
        var url = RequireHttp(request.Url, request.Url, redirect: false);
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
        message.Headers.TryAddWithoutValidation("Accept", HeaderValue(request.Accept) ?? "*/*");
        if (HeaderValue(request.ETag) is { } etag) message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (HeaderValue(request.LastModified) is { } lastModified)
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
            return new Hop(null, RedirectTarget(response, url, status), status);

        if (status == (int)HttpStatusCode.NotModified)
            return new Hop(new FetchResponse
            {
                RequestedUrl = request.Url,
                FinalUrl = url,
                StatusCode = status,
                NotModified = true,
                ContentType = HeaderValue(FirstValue(response.Content.Headers.NonValidated, "Content-Type")),
                ETag = HeaderValue(FirstValue(response.Headers.NonValidated, "ETag")) ?? HeaderValue(request.ETag),
                LastModified = HeaderValue(FirstValue(response.Content.Headers.NonValidated, "Last-Modified"))
                    ?? HeaderValue(request.LastModified),
                RetryAfter = retryAfter,
            }, null, null);

        if (status is < 200 or > 299)
            throw new FetchException(FetchFailure.HttpStatus, url, FetchMessages.Status(status, retryAfter), status, retryAfter);

        var body = await ReadBodyAsync(response.Content, url, cancellationToken).ConfigureAwait(false);
        return new Hop(new FetchResponse
        {
            RequestedUrl = request.Url,
            FinalUrl = url,
            StatusCode = status,
            Body = body,
            ContentType = HeaderValue(FirstValue(response.Content.Headers.NonValidated, "Content-Type")),
            ETag = HeaderValue(FirstValue(response.Headers.NonValidated, "ETag")),
            LastModified = HeaderValue(FirstValue(response.Content.Headers.NonValidated, "Last-Modified")),
            RetryAfter = retryAfter,
        }, null, null);
    }

    private async Task<byte[]> ReadBodyAsync(HttpContent content, Uri url, CancellationToken cancellationToken)
    {
        var max = _options.MaxBodyBytes;
        // Content-Length is the wire length and absent when the handler decompresses; the loop below is
        // what enforces the cap, this only refuses early when the server admits to too much.
        var declared = content.Headers.ContentLength;
        if (declared > max) throw new FetchException(FetchFailure.TooLarge, url, FetchMessages.TooLarge(max));

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var _ = stream.ConfigureAwait(false);
        // A declared length sizes the buffer, but only up to 1 MB: the header is the server's word.
        using var body = new MemoryStream((int)Math.Min(declared ?? 16 * 1024, Math.Min(max, 1024 * 1024)));
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > max)
                    throw new FetchException(FetchFailure.TooLarge, url, FetchMessages.TooLarge(max));
                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return body.Length == body.Capacity ? body.GetBuffer() : body.ToArray();
    }

    private static Uri RedirectTarget(HttpResponseMessage response, Uri url, int status)
    {
        var location = FirstValue(response.Headers.NonValidated, "Location")?.Trim();
        if (string.IsNullOrEmpty(location) || !Uri.TryCreate(url, location, out var target))
            throw new FetchException(FetchFailure.HttpStatus, url,
                $"{FetchMessages.Status(status, null)} without a usable Location", status);
        return RequireHttp(target, url, redirect: true);
    }

    private static Uri RequireHttp(Uri target, Uri current, bool redirect)
    {
        ArgumentNullException.ThrowIfNull(target);
        var what = redirect ? "redirect to " : "";
        var blamed = redirect ? current : target;
        if (!target.IsAbsoluteUri)
            throw new FetchException(FetchFailure.InvalidUrl, blamed, $"{what}{Shorten(target.OriginalString)} is not an absolute URL");
        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
            throw new FetchException(FetchFailure.InvalidUrl, blamed,
                $"refused: {what}a {target.Scheme}: URL (only http and https are fetched)");
        if (string.IsNullOrEmpty(target.Host))
            throw new FetchException(FetchFailure.InvalidUrl, blamed, $"{what}{Shorten(target.OriginalString)} has no host");
        return target;
    }

    private static string? FirstValue(HttpHeadersNonValidated headers, string name)
    {
        if (!headers.TryGetValues(name, out var values)) return null;
        foreach (var value in values) return value;
        return null;
    }

    /// <summary>A header value fit to store and send back: printable ASCII of sane length, else null.</summary>
    private static string? HeaderValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxHeaderValueLength) return null;
        foreach (var c in value)
            if (c is < ' ' or > '~') return null;
        return value.Trim();
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

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
