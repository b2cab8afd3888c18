using Svodka.Core.Model;
using Svodka.Storage.Entities;
using Svodka.Storage.Writing;

namespace Svodka.Storage.Articles;

/// <summary>An <see cref="ArticleAnalysis"/> to the article's columns and tag rows, and back.</summary>
internal static class AnalysisColumns
{
    public static void Apply(Article article, ArticleAnalysis? analysis, DateTimeOffset at)
    {
        if (analysis is null) return;
        article.AnalysedAt = at;
        article.DetectedLanguage = analysis.Language;
        article.LanguageConfidence = analysis.LanguageConfidence;
        article.IsNews = analysis.IsNews;
        article.NewsConfidence = analysis.NewsConfidence;
        article.NotNewsRule = StoredText.CleanOptional(analysis.NotNewsRule);
        article.Rubric = analysis.Rubric;
        article.RubricConfidence = analysis.RubricConfidence;
    }

    public static IEnumerable<ArticleTagRow> Rows(long articleId, ArticleAnalysis? analysis) =>
        analysis is null
            ? []
            : analysis.Tags
                .GroupBy(t => (t.Kind, t.Slug)).Select(g => g.MaxBy(t => t.Confidence)!)
                .Select(t => new ArticleTagRow
                {
                    ArticleId = articleId,
                    Kind = t.Kind,
                    Slug = StoredText.CleanNotNull(t.Slug),
                    Name = StoredText.CleanNotNull(t.Name),
                    Confidence = t.Confidence,
                });

    public static ArticleAnalysis? Read(Article article, IEnumerable<ArticleTagRow> tags) =>
        article.AnalysedAt is null || article.DetectedLanguage is null || article.Rubric is null
            ? null
            : new ArticleAnalysis
            {
                Language = article.DetectedLanguage,
                LanguageConfidence = article.LanguageConfidence ?? 0,
                IsNews = article.IsNews ?? true,
                NewsConfidence = article.NewsConfidence ?? 0,
                NotNewsRule = article.NotNewsRule,
                Rubric = article.Rubric,
                RubricConfidence = article.RubricConfidence ?? 0,
                Tags = tags.OrderBy(t => t.Kind).ThenByDescending(t => t.Confidence).ThenBy(t => t.Slug, StringComparer.Ordinal)
                    .Select(t => new ArticleTag(t.Kind, t.Slug, t.Name, t.Confidence)).ToList(),
            };
}
