namespace Svodka.Core.Stories;

/// <summary>
/// Why an article matched a story as well as it did: each term of the score, for tuning and for
/// <c>svodka stories show</c>. <see cref="Total"/> = (Text + weighted Coverage, Entities and Numbers) × a
/// factor for each sign of a different event (names missing, days or quantities differing) − a time penalty;
/// see <see cref="StoryClustererOptions"/>.
/// </summary>
/// <param name="Text">Cosine of the article's TF-IDF title-and-lead vector with the story's centroid.</param>
/// <param name="Coverage">How much of each side's headline the other side says (the smaller of the two shares, by IDF).</param>
/// <param name="Names">How far the names in the headlines (places, people, organisations) turn up on the other side (0..1).</param>
/// <param name="Entities">Weighted overlap of entities (0..1).</param>
/// <param name="Numbers">Shared salient numbers (0..1; two or more shared count fully).</param>
/// <param name="Dates">Whether the titles, or else the leads, name different calendar days.</param>
/// <param name="QuantityConflict">True when both headlines give quantities and neither side's turn up on the other side.</param>
/// <param name="Distance">How far the article lies outside the story's time span.</param>
public sealed record MatchScore(double Text, double Coverage, double Names, double Entities, double Numbers, DateConflict Dates, bool QuantityConflict, TimeSpan Distance, double Total)
{
    public static MatchScore Started { get; } = new(1, 1, 1, 1, 1, DateConflict.None, false, TimeSpan.Zero, 1);
}

/// <summary>Where two reports name different calendar days: in the titles (a strong sign of two events) or only in the leads.</summary>
public enum DateConflict : byte { None, Lead, Title }
