using Svodka.Core.Model;

namespace Svodka.Storage.Stories;

/// <summary>A story as the clusterer summarised it, to be stored (inserted or updated).</summary>
public sealed record StoryWrite(
    long Id, string Language, string Title, string Lead, string? Rubric,
    DateTimeOffset First, DateTimeOffset Last, int ArticleCount, int SourceCount,
    IReadOnlyList<StoryTagWrite> Tags);

public sealed record StoryTagWrite(TagKind Kind, string Slug, string Name, double Share);

/// <summary>An article's place in a story; <see cref="StoryId"/> null for an article that gets none (not news).</summary>
public sealed record StoryMembership(long ArticleId, long? StoryId, double Relevance, bool IsReprint);

/// <summary>What the clusterer reads of an analysed article.</summary>
public sealed record StoryInput(
    long ArticleId, long SourceId, string Title, string? Text, string Language, DateTimeOffset Published,
    bool IsNews, string? Rubric, IReadOnlyList<ArticleTag> Tags, long? StoryId, double? Relevance, bool IsReprint);
