namespace Svodka.Ingest.Extraction;

/// <summary>An article page reduced to what a reader and the later stages need. Times are UTC.</summary>
public sealed record ExtractedArticle
{
    /// <summary>The page's address as fetched.</summary>
    public string? Url { get; init; }
    /// <summary>&lt;link rel="canonical"&gt;, og:url or JSON-LD url, absolute; null when the page names none.</summary>
    public string? CanonicalUrl { get; init; }
    public string? SiteName { get; init; }
    /// <summary>The headline without a « — Site name» suffix.</summary>
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Author { get; init; }
    public string? LeadImage { get; init; }
    public string? Description { get; init; }
    /// <summary>As the page declares it (BCP 47, lower case), not detected.</summary>
    public string? Language { get; init; }
    /// <summary>The main text, paragraphs separated by "\n\n", list items and lines by "\n".</summary>
    public string Text { get; init; } = "";
    /// <summary>The main text as sanitised HTML with absolute URLs.</summary>
    public string Html { get; init; } = "";
}
