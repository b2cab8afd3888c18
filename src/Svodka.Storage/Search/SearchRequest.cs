using Svodka.Storage.Articles;
using Svodka.Storage.Stories;

namespace Svodka.Storage.Search;

/// <summary>A search: the words, the language their stems are read in, and the filters a reader can set.</summary>
/// <param name="Languages">Only articles in these detected languages (a site's languages); empty: all.</param>
/// <param name="Region">A region slug the article is tagged with.</param>
/// <param name="From">Articles listed at or after this time.</param>
/// <param name="Until">Articles listed before this time.</param>
public sealed record SearchRequest(
    string Query,
    string Language,
    IReadOnlyCollection<string>? Languages = null,
    string? Rubric = null,
    string? Region = null,
    long? SourceId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    int Take = 20,
    int Skip = 0)
{
    /// <summary>Matches read per search: past this the story groups of a page would be made of weak hits anyway.</summary>
    public const int MaxMatches = 1000;
}

/// <summary>One story the search found (or one article that is in no story), with its matching articles, best first.</summary>
public sealed record SearchGroup(StoryListing? Story, IReadOnlyList<ArticleRecord> Articles, int MatchedArticles);

/// <param name="TotalGroups">Groups found in all (within <see cref="SearchRequest.MaxMatches"/> articles).</param>
public sealed record SearchResults(int TotalGroups, int TotalArticles, IReadOnlyList<SearchGroup> Groups);
