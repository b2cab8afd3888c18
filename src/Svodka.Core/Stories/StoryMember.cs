namespace Svodka.Core.Stories;

/// <summary>
/// One article of a story: its features, how well it matched the story when it joined (1 for the article
/// that started it) and, for a near copy of another outlet's text, the id of the article it copies.
/// </summary>
public sealed record StoryMember(StoryFeatures Article, double Score, string? ReprintOf)
{
    public bool IsReprint => ReprintOf is not null;
}
