namespace Svodka.Ingest.Fetching;

/// <summary>A 2xx answer with its body, or a 304 (<see cref="NotModified"/>) without one.</summary>
public sealed record FetchResponse
{
    public required Uri RequestedUrl { get; init; }

    /// <summary>Where the body came from, after redirects.</summary>
    public required Uri FinalUrl { get; init; }

    public required int StatusCode { get; init; }

    /// <summary>The server answered 304: what the caller has is still current, and <see cref="Body"/> is empty.</summary>
    public bool NotModified { get; init; }

    /// <summary>The body, decompressed; empty for 304.</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>The Content-Type header as sent, charset included (the feed decoder needs it).</summary>
    public string? ContentType { get; init; }

    /// <summary>
    /// The validators to send back next time, exactly as the server wrote them. On a 304 that omits them, the
    /// ones the request carried, so a caller that stores what it gets back never loses them.
    /// </summary>
    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>Retry-After of the answer, if it had one (seconds or an HTTP date, turned into a span from now).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Wall time of the fetch: every hop, retries and the body, without waiting for a free slot.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Length of <see cref="Body"/>: bytes after decompression, not on the wire.</summary>
    public long Bytes => Body.LongLength;
}
