using Svodka.Core.Model;
using Svodka.Storage.Articles;

namespace Svodka.Storage.Stories;

public sealed record StoryQuery
{
    /// <summary>Stories with an article at or after this time (their last article).</summary>
    public DateTimeOffset? Since { get; init; }
    /// <summary>Stories that began before this time.</summary>
    public DateTimeOffset? Until { get; init; }
    public string? Language { get; init; }
    public IReadOnlyCollection<string>? Languages { get; init; }
    public string? Rubric { get; init; }
    public TagKind? TagKind { get; init; }
    public string? TagSlug { get; init; }
    /// <summary>Any of these (kind, slug) tags: a site's slice («Москва» or «Подмосковье»).</summary>
    public IReadOnlyCollection<(TagKind Kind, string Slug)>? AnyTags { get; init; }
    /// <summary>Rubrics that, like <see cref="AnyTags"/>, admit a story: a site's slice.</summary>
    public IReadOnlyCollection<string>? AnyRubrics { get; init; }
    /// <summary>Tags a story must carry, every one of them (the API's region, person and topic filters together).</summary>
    public IReadOnlyCollection<(TagKind Kind, string Slug)>? AllTags { get; init; }
    /// <summary>Keyset paging: only stories after this (last article, id) in the list's order, newest first.</summary>
    public (DateTimeOffset LastAt, long Id)? Before { get; init; }
    public long? SourceId { get; init; }
    public bool IncludeHidden { get; init; }
    public int MinSources { get; init; } = 1;
    public int Take { get; init; } = 200;
    public int Skip { get; init; }

    public const int MaxTake = 2000;
}

/// <summary>When one outlet first reported a story, and whether all it carried were reprints.</summary>
public sealed record StorySourceTime(long SourceId, string Title, DateTimeOffset First, long FirstArticleId, bool OnlyReprints);

public sealed record StoryListing(
    long Id, string Language, string Title, string Lead, string? Rubric,
    DateTimeOffset First, DateTimeOffset Last, int ArticleCount, int SourceCount,
    bool Pinned, bool Hidden, IReadOnlyList<StoryTagWrite> Tags, IReadOnlyList<StorySourceTime> Sources);

/// <summary>A story looked up for its page: where it merged into, or the story itself.</summary>
public sealed record StoryLookup(long? MergedInto, StoryDetail? Detail);

/// <summary>A story with its articles, most relevant first.</summary>
public sealed record StoryDetail(StoryListing Story, IReadOnlyList<ArticleRecord> Articles);

/// <summary>A story looked up for its public page: where it merged into, or what the page shows.</summary>
public sealed record StoryPageLookup(long? MergedInto, StoryPageData? Page);

/// <summary>A story with what its page prints of each article, most relevant first.</summary>
public sealed record StoryPageData(StoryListing Story, IReadOnlyList<StoryPageArticle> Articles);

/// <param name="Sources">The outlets that carried the article, first to carry it first.</param>
public sealed record StoryPageArticle(long Id, string Title, string Url, DateTimeOffset ListedAt, string? ImageUrl, IReadOnlyList<CarryingSource> Sources);
