namespace Svodka.Ingest.Fetching;

/// <summary>One GET. The validators are the ones a previous <see cref="FetchResponse"/> returned, sent back as they came.</summary>
public sealed record FetchRequest(Uri Url)
{
    /// <summary>Sent as If-None-Match.</summary>
    public string? ETag { get; init; }

    /// <summary>Sent as If-Modified-Since.</summary>
    public string? LastModified { get; init; }

    /// <summary>The Accept header; "*/*" when null.</summary>
    public string? Accept { get; init; }
}
