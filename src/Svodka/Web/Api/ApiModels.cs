using Svodka.Core.Model;
using Svodka.Storage.Articles;
using Svodka.Storage.Stories;

namespace Svodka.Web.Api;

// What the API answers, in snake_case JSON (see ApiJson). Times are UTC ISO 8601.

/// <summary>A page of a list; next_cursor is null on the last page.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? NextCursor);

public sealed record ApiTag(string Kind, string Slug, string Name)
{
    public static ApiTag From(TagKind kind, string slug, string name) => new(kind.ToString().ToLowerInvariant(), slug, name);
}

/// <summary>An outlet that reported a story: when it first did, and with which article.</summary>
public sealed record ApiStorySource(long Id, string Title, DateTimeOffset FirstAt, long FirstArticleId, bool OnlyReprints);

public sealed record ApiStory(
    long Id, string Title, string Lead, string Language, string? Rubric, DateTimeOffset FirstAt, DateTimeOffset LastAt,
    int ArticleCount, int SourceCount, string Path, IReadOnlyList<ApiTag> Tags, IReadOnlyList<ApiStorySource> Sources)
{
    public static ApiStory From(StoryListing s) => new(
        s.Id, s.Title, s.Lead, s.Language, s.Rubric, s.First, s.Last, s.ArticleCount, s.SourceCount, $"/story/{s.Id}",
        s.Tags.Select(t => ApiTag.From(t.Kind, t.Slug, t.Name)).ToList(),
        s.Sources.Select(x => new ApiStorySource(x.SourceId, x.Title, x.First, x.FirstArticleId, x.OnlyReprints)).ToList());
}

/// <summary>A story with its articles, most relevant first.</summary>
public sealed record ApiStoryDetail(ApiStory Story, IReadOnlyList<ApiArticle> Articles);

public sealed record ApiArticleSource(long Id, string Title, DateTimeOffset FirstSeenAt);

/// <param name="Url">The original on the outlet's site.</param>
/// <param name="Text">The clean text: on /api/v1/articles/{id} only.</param>
public sealed record ApiArticle(
    long Id, string Title, string Url, DateTimeOffset? PublishedAt, DateTimeOffset ListedAt, string? Language, string? Rubric,
    string? Summary, string? Text, string? ImageUrl, long? StoryId, string Path,
    IReadOnlyList<ApiTag> Tags, IReadOnlyList<ApiArticleSource> Sources)
{
    public static ApiArticle From(ArticleRecord a, bool withText = false, long? storyId = null) => new(
        a.Id, a.Title, a.Url, a.Published, a.ListedAt, a.Analysis?.Language ?? a.Language, a.Analysis?.Rubric,
        a.Summary, withText ? a.Text : null, a.ImageUrl, storyId, $"/article/{a.Id}",
        (a.Analysis?.Tags ?? []).Select(t => ApiTag.From(t.Kind, t.Slug, t.Name)).ToList(),
        a.Sources.Select(s => new ApiArticleSource(s.SourceId, s.Title, s.FirstSeenAt)).ToList());
}

public sealed record ApiSource(
    long Id, string Slug, string Title, string FeedUrl, string? SiteUrl, string? Category, bool Enabled, string Status,
    DateTimeOffset? LastFetchedAt, long ItemsTotal, string Path);

public sealed record ApiRubric(string Slug, string NameRu, string NameEn, string Path);

public sealed record ApiTopic(string Slug, string NameRu, string NameEn, string Parent, string Path);

public sealed record ApiRegion(string Slug, string NameRu, string NameEn, string FederalDistrict, string? Governor, string Path);

public sealed record ApiPerson(string Slug, string NameRu, string NameEn, string Role, string? Country, string? Region, string Path);
