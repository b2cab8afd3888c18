namespace Svodka.Ingest.Fetching;

/// <summary>A fetch that did not give a 2xx or 304. <see cref="Exception.Message"/> is one line fit to show an operator.</summary>
public sealed class FetchException : Exception
{
    public FetchException(FetchFailure failure, Uri url, string message, int? statusCode = null,
        TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        Url = url;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public FetchFailure Failure { get; }

    /// <summary>The URL being fetched when it failed: after redirects, the hop that failed.</summary>
    public Uri Url { get; }

    /// <summary>The HTTP status, for <see cref="FetchFailure.HttpStatus"/> and redirect failures.</summary>
    public int? StatusCode { get; }

    /// <summary>How long the server asked us to wait (429, 503), for the scheduler to honour.</summary>
    public TimeSpan? RetryAfter { get; }
}
