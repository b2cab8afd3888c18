namespace Svodka.Core.Ranking;

/// <summary>
/// What an operator can set about story weight: how much each outlet counts (authority; unknown outlets
/// count <see cref="DefaultAuthority"/>), how much each rubric counts, how fast a story fades and what
/// counts as growing.
/// </summary>
public sealed record RankingOptions
{
    /// <summary>Source id → authority (1 = an ordinary outlet; 2 = counts as two; 0.5 = half).</summary>
    public IReadOnlyDictionary<string, double> SourceAuthority { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);
    public double DefaultAuthority { get; init; } = 1.0;

    /// <summary>Rubric → weight; rubrics not listed (and stories without one) weigh <see cref="DefaultRubricWeight"/>.</summary>
    public IReadOnlyDictionary<string, double> RubricWeights { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["society"] = 1.0,
        ["economy"] = 1.0,
        ["technology"] = 0.9,
        ["science"] = 0.9,
        ["sports"] = 0.8,
        ["entertainment"] = 0.7,
        ["other"] = 0.6,
    };
    public double DefaultRubricWeight { get; init; } = 1.0;

    /// <summary>Every half-life since the story's last article halves its weight.</summary>
    public TimeSpan HalfLife { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Outlets that first reported within this span before "now" are the recent ones growth counts.</summary>
    public TimeSpan GrowthWindow { get; init; } = TimeSpan.FromHours(1);
    /// <summary>How much growth can lift a story: growth = 1 + GrowthWeight × min(MaxGrowthRatio, ratio).</summary>
    public double GrowthWeight { get; init; } = 0.5;
    public double MaxGrowthRatio { get; init; } = 2.0;

    /// <summary>An outlet whose only articles in the story reprint another outlet's text counts this share of its authority.</summary>
    public double ReprintShare { get; init; } = 0.5;
}
