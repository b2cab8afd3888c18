namespace Svodka.Ingest.Fetching;

/// <summary>
/// Thrown inside the connect callback, where the request URL is unknown; SocketsHttpHandler wraps it in an
/// HttpRequestException and <see cref="HttpFetcher"/> unwraps it into a <see cref="FetchException"/>.
/// </summary>
internal sealed class ConnectFailure(FetchFailure failure, string message, bool transient, Exception? inner = null)
    : Exception(message, inner)
{
    public FetchFailure Failure { get; } = failure;

    /// <summary>Worth an inline retry: a refused or reset connection may be a restart, "host not found" is not.</summary>
    public bool Transient { get; } = transient;
}
