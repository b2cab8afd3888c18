namespace Svodka.Core.Stories;

/// <summary>
/// One article of a story: its features, how well it matched the story when it joined (1 for the article
/// that started it) and, for a near copy of another outlet's text, the id of the article it copies.
/// </summary>
public sealed record StoryMember(StoryFeatures Article, double Score, string? ReprintOf)
{
    public bool IsReprint => ReprintOf is not null;

    /// <summary>
    /// Set when the member was compacted (<see cref="Compacted"/>): its relevance to the story when it left the
    /// matching window, which <see cref="StorySummary"/> lists instead of computing it from terms it no longer has.
    /// </summary>
    public double? Relevance { get; init; }

    /// <summary>True when only what the summary, the outlet list and the ranking read is left of the article.</summary>
    public bool IsCompacted => Relevance is not null;

    /// <summary>
    /// This member once it has fallen out of the matching window of a story still open: the article keeps its id,
    /// outlet, time, headline (and its stems), lead, rubric, topics and entity tags; its term vector, names,
    /// numbers and shingle signature go. The story's aggregates already hold what those added to them.
    /// </summary>
    internal StoryMember Compacted(double relevance) => this with
    {
        Article = Article with
        {
            Terms = [],
            Names = [],
            BodyNames = [],
            TitleAcronyms = [],
            TitleNames = [],
            TitleNumbers = [],
            TitleQuantities = [],
            Numbers = [],
            Signature = [],
        },
        Relevance = relevance,
    };
}
