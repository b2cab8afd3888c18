using System.Net;
using System.Text;
using Svodka.Core.Dedup;
using Svodka.Core.Model;
using Svodka.Understanding;
using Svodka.Core.Urls;
using Svodka.Storage.Articles;
using Svodka.Storage.Submissions;
using Svodka.Web.Freshness;
using Svodka.Web.Vocabulary;

namespace Svodka.Submissions;

/// <summary>
/// An approved reader's item becomes an article the way a collected one does: a draft, the analyzer, then
/// ArticleStore under the readers' source, where the story worker, the search indexer and the feeds find it.
/// The editor's rubric and region stand over what the analyzer guessed.
/// </summary>
public sealed class SubmissionPublisher(
    ReaderSource readers,
    ReloadableAnalyzer analyzers,
    ArticleStore articles,
    SubmissionStore submissions,
    ReloadableVocabulary vocabularies,
    SiteContentVersion version,
    TimeProvider clock)
{
    /// <summary>Stores the article and marks the submission approved; null when it was not waiting (already decided).</summary>
    public async Task<long?> ApproveAsync(long submissionId, string editor, CancellationToken ct)
    {
        var submission = await submissions.GetAsync(submissionId, ct);
        if (submission is null || submission.Status != SubmissionStatus.Pending) return null;
        var now = clock.GetUtcNow();
        var draft = Draft(submission, now);
        var articleId = await StoreAsync(draft, now, ct);
        if (articleId is null)
        {
            // The readers' source was removed since it was remembered: made again, the article goes in.
            readers.Forget();
            articleId = await StoreAsync(draft, now, ct) ?? throw new InvalidOperationException($"submission {submissionId} was not stored");
        }
        if (!await submissions.DecideAsync(submissionId, SubmissionStatus.Approved, editor, articleId, ct)) return null;
        version.Bump();
        return articleId;
    }

    private async Task<long?> StoreAsync(ArticleDraft draft, DateTimeOffset now, CancellationToken ct)
    {
        var sourceId = await readers.IdAsync(ct);
        await articles.StoreFetchAsync(sourceId, [draft],
            new FetchOutcome(now, null, TimeSpan.Zero, 0, null, null, null, now.AddYears(100)), ct);
        return await articles.CarriedIdAsync(sourceId, draft.ItemId, draft.CanonicalUrl, ct);
    }

    private ArticleDraft Draft(SubmissionRecord s, DateTimeOffset now)
    {
        var paragraphs = s.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var html = new StringBuilder();
        foreach (var p in paragraphs) html.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
        var text = string.Join("\n\n", paragraphs);
        var analysis = analyzers.Current.Analyse(s.Title, text, s.SourceUrl);
        var tags = analysis.Tags.ToList();
        if (vocabularies.Current.Gazetteer.Region(s.Region) is { } region && !tags.Any(t => t.Kind == TagKind.Region && t.Slug == region.Slug))
            tags.Insert(0, new ArticleTag(TagKind.Region, region.Slug, region.NameRu, 1.0));
        return new ArticleDraft
        {
            ItemId = $"submission-{s.Id}",
            Url = s.SourceUrl,
            CanonicalUrl = CanonicalUrl.TryNormalize(s.SourceUrl) ?? s.CanonicalUrl,
            Title = s.Title,
            Published = now,
            Summary = paragraphs.FirstOrDefault(),
            ContentHtml = html.ToString(),
            Text = text,
            Language = s.Language,
            ContentHash = ContentHash.Compute(s.Title, text),
            Analysis = analysis with { Rubric = s.Rubric, RubricConfidence = 1.0, IsNews = true, Tags = tags },
        };
    }
}
