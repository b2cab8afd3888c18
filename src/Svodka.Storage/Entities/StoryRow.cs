namespace Svodka.Storage.Entities;

/// <summary>
/// One event as the clusterer sees it. The id is the clusterer's own (one story worker runs at a
/// time), so a story keeps its id, and its URL, across restarts.
/// </summary>
public sealed class StoryRow
{
    public long Id { get; set; }
    public required string Language { get; set; }
    public required string Title { get; set; }
    public required string Lead { get; set; }
    public string? Rubric { get; set; }
    public DateTimeOffset FirstAt { get; set; }
    public DateTimeOffset LastAt { get; set; }
    public int ArticleCount { get; set; }
    public int SourceCount { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Set when the story turned out to be part of another; its articles moved there.</summary>
    public long? MergedInto { get; set; }
    /// <summary>Editors' choices (admin): kept on top, or kept off the lists.</summary>
    public bool Pinned { get; set; }
    public bool Hidden { get; set; }
    /// <summary>
    /// When an editor last merged or split the story. The story worker keeps such a story's boundaries (articles
    /// may join it, it never merges on its own), and the latest value over all stories tells the worker that its
    /// memory is stale (<see cref="Stories.StoryEditStore"/>).
    /// </summary>
    public DateTimeOffset? EditedAt { get; set; }

    public List<StoryTagRow> Tags { get; set; } = [];
}
