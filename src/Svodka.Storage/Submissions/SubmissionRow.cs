using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Writing;

namespace Svodka.Storage.Submissions;

/// <summary>A news item a reader sent through «Добавить новость», waiting for an editor or decided.</summary>
public sealed class SubmissionRow
{
    public long Id { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public required string SourceUrl { get; set; }
    /// <summary><see cref="Core.Urls.CanonicalUrl"/> of <see cref="SourceUrl"/>: the duplicate check compares it.</summary>
    public required string CanonicalUrl { get; set; }
    public required string NormalizedTitle { get; set; }
    public required string Region { get; set; }
    public required string Rubric { get; set; }
    public string? Contact { get; set; }
    /// <summary>The site it was sent on; the article is stored in that site's language.</summary>
    public required string Site { get; set; }
    public required string Language { get; set; }
    public SubmissionStatus Status { get; set; } = SubmissionStatus.Pending;
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    /// <summary>The stored article once approved.</summary>
    public long? ArticleId { get; set; }

    public SubmissionRow() { }

    [SetsRequiredMembers]
    public SubmissionRow(SubmissionContent content, string site, string language)
    {
        Site = site;
        Language = language;
        Take(content);
    }

    /// <summary>The reader's (or the editor's) fields, cleaned as every stored text is.</summary>
    [MemberNotNull(nameof(Title), nameof(Text), nameof(SourceUrl), nameof(CanonicalUrl), nameof(NormalizedTitle), nameof(Region), nameof(Rubric))]
    public void Take(SubmissionContent content)
    {
        Title = StoredText.CleanNotNull(content.Title);
        Text = StoredText.CleanNotNull(content.Text);
        SourceUrl = StoredText.CleanNotNull(content.SourceUrl);
        CanonicalUrl = StoredText.CleanNotNull(content.CanonicalUrl);
        NormalizedTitle = StoredText.CleanNotNull(content.NormalizedTitle);
        Region = content.Region;
        Rubric = content.Rubric;
        Contact = StoredText.CleanOptional(content.Contact);
    }

    internal static void Configure(ModelBuilder model) => model.Entity<SubmissionRow>(submission =>
    {
        submission.ToTable("submissions");
        submission.Property(s => s.Title).HasMaxLength(SubmissionLimits.TitleLength);
        submission.Property(s => s.Text).HasMaxLength(SubmissionLimits.TextLength);
        submission.Property(s => s.SourceUrl).HasMaxLength(SubmissionLimits.UrlLength);
        submission.Property(s => s.CanonicalUrl).HasMaxLength(SubmissionLimits.UrlLength);
        submission.Property(s => s.NormalizedTitle).HasMaxLength(SubmissionLimits.TitleLength);
        submission.Property(s => s.Region).HasMaxLength(128);
        submission.Property(s => s.Rubric).HasMaxLength(32);
        submission.Property(s => s.Contact).HasMaxLength(SubmissionLimits.ContactLength);
        submission.Property(s => s.Site).HasMaxLength(64);
        submission.Property(s => s.Language).HasMaxLength(8);
        submission.Property(s => s.DecidedBy).HasMaxLength(Users.UserRecord.NameLength);
        submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        submission.HasIndex(s => new { s.Status, s.SubmittedAt });
        submission.HasIndex(s => s.CanonicalUrl);
        submission.HasIndex(s => s.NormalizedTitle);
    });
}

public enum SubmissionStatus { Pending, Approved, Rejected }

/// <summary>The longest field a reader may send; the form checks them before anything is stored.</summary>
public static class SubmissionLimits
{
    public const int TitleLength = 300;
    public const int TextLength = 20_000;
    public const int UrlLength = 2048;
    public const int ContactLength = 200;
}

