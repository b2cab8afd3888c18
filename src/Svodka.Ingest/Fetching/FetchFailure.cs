namespace Svodka.Ingest.Fetching;

/// <summary>Why a fetch failed, for the caller to decide: back off, disable the source, or just log.</summary>
public enum FetchFailure
{
    /// <summary>Not an absolute http or https URL (also a redirect to one).</summary>
    InvalidUrl,
    /// <summary>The host resolves to a private, loopback, link-local or otherwise internal address.</summary>
    PrivateAddress,
    /// <summary>The connect timeout or the total timeout ran out.</summary>
    Timeout,
    /// <summary>The body is larger than <see cref="FetcherOptions.MaxBodyBytes"/>.</summary>
    TooLarge,
    /// <summary>More than <see cref="FetcherOptions.MaxRedirects"/> redirects (a loop, usually).</summary>
    TooManyRedirects,
    /// <summary>The server answered with a status other than 2xx or 304 (or a redirect without a usable Location).</summary>
    HttpStatus,
    /// <summary>DNS, connection, TLS or protocol trouble.</summary>
    Network,
}
