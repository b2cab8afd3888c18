namespace Svodka.Web.Api;

/// <summary>Settings of the JSON API (section Api): its rate limits and the largest request body it reads.</summary>
public sealed class ApiOptions
{
    /// <summary>Read requests one client address may make per <see cref="RateWindow"/>.</summary>
    public int ReadsPerWindow { get; set; } = 120;
    /// <summary>Write requests one API key may make per <see cref="RateWindow"/>.</summary>
    public int WritesPerWindow { get; set; } = 30;
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Request bodies larger than this are refused with 413 before they are read.</summary>
    public long MaxBodyBytes { get; set; } = 16 * 1024;
}
