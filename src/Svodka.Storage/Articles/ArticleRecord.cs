using Svodka.Core.Model;

namespace Svodka.Storage.Articles;

/// <param name="ListedAt">The time lists sort by: published, or fetched when the feed gave no date or a future one.</param>
/// <param name="Sources">The sources that carried the article, first to carry it first.</param>
public sealed record ArticleRecord(
    long Id,
    string Title,
    string Url,
    string CanonicalUrl,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    DateTimeOffset Fetched,
    DateTimeOffset ListedAt,
    string? Author,
    string? Summary,
    string? ContentHtml,
    string? Text,
    string? Language,
    string? ImageUrl,
    IReadOnlyList<string> Categories,
    string ContentHash,
    IReadOnlyList<CarryingSource> Sources,
    ArticleAnalysis? Analysis = null,
    string? PageError = null);

/// <param name="Title">The source's title, or its feed URL while it has none.</param>
public sealed record CarryingSource(long SourceId, string Title, DateTimeOffset FirstSeenAt);

/// <summary>What analysis reads of a stored article.</summary>
public sealed record ArticleText(long Id, string Title, string? Text, string? DeclaredLanguage, string Url);
