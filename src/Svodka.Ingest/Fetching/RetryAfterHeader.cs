namespace Svodka.Ingest.Fetching;

/// <summary>Retry-After in either of its forms (delta seconds or an HTTP date), as a span from now.</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header is null) return null;
        if (header.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is not { } date) return null;
        // Measured against the server's own Date when it sent one, so a server with a skewed clock still
        // gets the pause it asked for.
        var reference = response.Headers.Date ?? now;
        var wait = date - reference;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
