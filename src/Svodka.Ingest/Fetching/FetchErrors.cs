namespace Svodka.Ingest.Fetching;

/// <summary>Framework exceptions turned into <see cref="FetchException"/>s with one readable line.</summary>
internal static class FetchErrors
{
    public static FetchException FromHttp(HttpRequestException e, Uri url)
    {
        for (Exception? inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is ConnectFailure refusal)
                return new FetchException(refusal.Failure, url, refusal.Message, innerException: e);

        var at = url.Authority;
        var message = e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"{url.Host}: host not found",
            HttpRequestError.ConnectionError => $"could not connect to {at}",
            HttpRequestError.SecureConnectionError => $"TLS handshake with {at} failed{Reason(e.InnerException)}",
            HttpRequestError.ResponseEnded => $"{at} closed the connection before the response ended",
            HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError => $"invalid HTTP response from {at}",
            HttpRequestError.ConfigurationLimitExceeded => $"response headers from {at} are too large",
            _ => $"request to {at} failed{Reason(e)}",
        };
        return new FetchException(FetchFailure.Network, url, message, innerException: e);
    }

    public static FetchException FromBodyRead(IOException e, Uri url)
    {
        var ended = e is HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded };
        var message = ended
            ? $"{url.Authority} closed the connection in the middle of the body"
            : $"reading the body from {url.Authority} failed{Reason(e)}";
        return new FetchException(FetchFailure.Network, url, message, innerException: e);
    }

    private static string Reason(Exception? e) =>
        e is null || string.IsNullOrWhiteSpace(e.Message) ? "" : ": " + FetchMessages.FirstLine(e.Message);
}
