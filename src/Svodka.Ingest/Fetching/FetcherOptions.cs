using System.Reflection;

namespace Svodka.Ingest.Fetching;

/// <summary>
/// Limits and identity of <see cref="HttpFetcher"/>. Bound from configuration ("Fetcher" section) or set
/// through <see cref="FetchingServiceCollectionExtensions.AddSvodkaFetcher"/>.
/// </summary>
public sealed class FetcherOptions
{
    /// <summary>Largest body accepted, counted after decompression so a gzip bomb is caught too.</summary>
    public int MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Time to resolve and open a connection (TLS included).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Time for the whole fetch: every redirect hop, inline retries and the body. Time spent waiting for a
    /// free slot (<see cref="MaxPerHost"/>, <see cref="MaxConcurrent"/>) does not count.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests in flight to one host at once; more wait their turn.</summary>
    public int MaxPerHost { get; set; } = 2;

    /// <summary>Requests in flight at once over all hosts.</summary>
    public int MaxConcurrent { get; set; } = 32;

    /// <summary>
    /// Lets URLs reach private, loopback and link-local addresses. Off on the open internet: a feed URL
    /// must not become a way to probe the operator's own network. Tests and the offline demo turn it on.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Inline retries of a transient failure (connection error, 5xx, 408, 429 with a short Retry-After).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>First inline retry delay; later ones double, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>"Svodka/0.1.0 (+https://github.com/svodka/svodka)", the version taken from this assembly.</summary>
    public static string DefaultUserAgent { get; } = $"Svodka/{ProductVersion()} (+https://github.com/svodka/svodka)";

    /// <summary>What is wrong with these options, one line each; empty when they are usable.</summary>
    internal IEnumerable<string> Problems()
    {
        if (MaxBodyBytes <= 0) yield return $"Fetcher:MaxBodyBytes must be positive (is {MaxBodyBytes})";
        if (MaxRedirects < 0) yield return $"Fetcher:MaxRedirects must not be negative (is {MaxRedirects})";
        if (ConnectTimeout <= TimeSpan.Zero) yield return $"Fetcher:ConnectTimeout must be positive (is {ConnectTimeout})";
        if (Timeout <= TimeSpan.Zero) yield return $"Fetcher:Timeout must be positive (is {Timeout})";
        if (MaxPerHost <= 0) yield return $"Fetcher:MaxPerHost must be positive (is {MaxPerHost})";
        if (MaxConcurrent <= 0) yield return $"Fetcher:MaxConcurrent must be positive (is {MaxConcurrent})";
        if (MaxRetries < 0) yield return $"Fetcher:MaxRetries must not be negative (is {MaxRetries})";
        if (RetryDelay < TimeSpan.Zero) yield return $"Fetcher:RetryDelay must not be negative (is {RetryDelay})";
        if (string.IsNullOrWhiteSpace(UserAgent) || UserAgent.Any(char.IsControl))
            yield return "Fetcher:UserAgent must be one line of text";
    }

    private static string ProductVersion()
    {
        var assembly = typeof(FetcherOptions).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // The SDK appends "+<commit>" to the informational version; the User-Agent wants the release only.
        if (!string.IsNullOrEmpty(informational)) return informational.Split('+')[0];
        var version = assembly.GetName().Version;
        return version is null ? "0.0.0" : version.ToString(3);
    }
}
