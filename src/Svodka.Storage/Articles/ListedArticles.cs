using Svodka.Storage.Entities;

namespace Svodka.Storage.Articles;

/// <summary>
/// Articles as lists, feeds and search results show them: without the HTML, and with the text only where the article
/// has no summary, cut to <see cref="TextLength"/> characters. They print a headline, an outlet, a time and at most a
/// description; reading the whole text and HTML of every article (which PostgreSQL keeps compressed out of line) cost
/// more than the rest of such a page.
/// </summary>
internal static class ListedArticles
{
    /// <summary>What is kept of the text of an article without a summary: more than a description takes (200 characters).</summary>
    public const int TextLength = 1000;

    public static IQueryable<Article> ListedColumns(this IQueryable<Article> articles) => articles.Select(a => new Article
    {
        Id = a.Id, CanonicalUrl = a.CanonicalUrl, Url = a.Url, Title = a.Title, PublishedAt = a.PublishedAt, UpdatedAt = a.UpdatedAt,
        FetchedAt = a.FetchedAt, ListedAt = a.ListedAt, Author = a.Author, Summary = a.Summary,
        Text = a.Summary == null ? a.Text!.Substring(0, TextLength) : null,
        Language = a.Language, ImageUrl = a.ImageUrl, Categories = a.Categories, ContentHash = a.ContentHash, PageError = a.PageError,
        AnalysedAt = a.AnalysedAt, DetectedLanguage = a.DetectedLanguage, LanguageConfidence = a.LanguageConfidence, IsNews = a.IsNews,
        NewsConfidence = a.NewsConfidence, NotNewsRule = a.NotNewsRule, Rubric = a.Rubric, RubricConfidence = a.RubricConfidence,
    });
}
