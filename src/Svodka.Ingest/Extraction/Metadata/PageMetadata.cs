namespace Svodka.Ingest.Extraction.Metadata;

/// <summary>What the page says about itself, read before its content is touched.</summary>
internal sealed record PageMetadata
{
    public string? CanonicalUrl { get; init; }
    public string? SiteName { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Author { get; init; }
    public string? LeadImage { get; init; }
    public string? Description { get; init; }
    public string? Language { get; init; }
    /// <summary>JSON-LD articleBody: the text when the page's markup gives too little.</summary>
    public string? ArticleBody { get; init; }
}
