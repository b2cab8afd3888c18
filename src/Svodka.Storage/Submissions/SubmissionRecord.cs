namespace Svodka.Storage.Submissions;

public sealed record SubmissionRecord(
    long Id,
    string Title,
    string Text,
    string SourceUrl,
    string CanonicalUrl,
    string Region,
    string Rubric,
    string? Contact,
    string Site,
    string Language,
    SubmissionStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    long? ArticleId)
{
    internal static SubmissionRecord From(SubmissionRow s) => new(s.Id, s.Title, s.Text, s.SourceUrl, s.CanonicalUrl,
        s.Region, s.Rubric, s.Contact, s.Site, s.Language, s.Status, s.SubmittedAt, s.DecidedAt, s.DecidedBy, s.ArticleId);
}

/// <summary>What a reader sent (or an editor corrected), already checked and cleaned.</summary>
public sealed record SubmissionContent(
    string Title,
    string Text,
    string SourceUrl,
    string CanonicalUrl,
    string NormalizedTitle,
    string Region,
    string Rubric,
    string? Contact);
