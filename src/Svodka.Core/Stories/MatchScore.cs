namespace Svodka.Core.Stories;

/// <summary>
/// Why an article matched a story as well as it did: each term of the score, for tuning and for
/// <c>svodka stories show</c>. <see cref="Total"/> = Text + weighted Entities and Numbers − penalties.
/// </summary>
/// <param name="Text">Cosine of the article's TF-IDF title-and-lead vector with the story's centroid.</param>
/// <param name="Coverage">How much of each side's headline the other side says (the smaller of the two shares, by IDF).</param>
/// <param name="Entities">Weighted overlap of entities (0..1).</param>
/// <param name="Numbers">Shared salient numbers (0..1; two or more shared count fully).</param>
/// <param name="Dates">Whether the titles, or else the leads, name different calendar days.</param>
/// <param name="Distance">How far the article lies outside the story's time span.</param>
public sealed record MatchScore(double Text, double Coverage, double Entities, double Numbers, DateConflict Dates, TimeSpan Distance, double Total)
{
    public static MatchScore Started { get; } = new(1, 1, 1, 1, DateConflict.None, TimeSpan.Zero, 1);
}

/// <summary>Where two reports name different calendar days: in the titles (a strong sign of two events) or only in the leads.</summary>
public enum DateConflict : byte { None, Lead, Title }
