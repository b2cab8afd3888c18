using Svodka.Sites;
using Svodka.Storage.Submissions;
using Svodka.Web.Vocabulary;

namespace Svodka.Submissions;

/// <summary>
/// Where a reader's item enters the moderation queue, from the /add form and from POST /api/v1/submissions alike:
/// the form's checks (<see cref="SubmissionForm.Check"/>), the duplicate check against stored articles and
/// waiting items, then the queue. Each caller only words the outcome its own way.
/// </summary>
/// The vocabulary is read per item, so a gazetteer reload in the admin is honoured at once.
public sealed class SubmissionIntake(ReloadableVocabulary vocabularies, DuplicateArticles articles, SubmissionStore submissions)
{
    public async Task<SubmissionOutcome> ReceiveAsync(SubmissionForm form, Site site, SubmissionWords words, CancellationToken ct)
    {
        var (content, errors) = form.Check(vocabularies.Current.Gazetteer, words);
        if (content is null) return new SubmissionOutcome.Invalid(errors);
        if (await articles.FindAsync(content.CanonicalUrl, content.Title, content.NormalizedTitle, ct) is { } articleId)
            return new SubmissionOutcome.Duplicate(articleId);
        if (await submissions.ExistsAsync(content.CanonicalUrl, content.NormalizedTitle, ct))
            return new SubmissionOutcome.Duplicate(null);
        return new SubmissionOutcome.Queued(await submissions.AddAsync(content, site.Key, site.Language, ct));
    }
}

/// <summary>What became of a reader's item.</summary>
public abstract record SubmissionOutcome
{
    private SubmissionOutcome() { }

    /// <summary>In the moderation queue under this id.</summary>
    public sealed record Queued(long Id) : SubmissionOutcome;

    /// <summary>Messages keyed by field name (title, text, link, region, rubric, contact).</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : SubmissionOutcome;

    /// <summary>Already on the site as this article, or (null) already waiting for an editor.</summary>
    public sealed record Duplicate(long? ArticleId) : SubmissionOutcome;
}
