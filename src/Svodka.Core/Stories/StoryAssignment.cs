namespace Svodka.Core.Stories;

/// <summary>
/// Where <see cref="StoryClusterer.Add"/> put an article: the story (after any merge), whether the article
/// started it, the article it reprints, how it scored, and the stories merged into this one on the way
/// (their ids are gone; a store moves their articles here).
/// </summary>
public sealed record StoryAssignment(
    string ArticleId, long StoryId, bool StartedStory, string? ReprintOf, MatchScore Score, IReadOnlyList<long> MergedStories)
{
    /// <summary>True when the clusterer already held the article and nothing changed.</summary>
    public bool AlreadyKnown { get; init; }
}
