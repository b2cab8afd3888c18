using System.Globalization;

namespace Svodka.Core.Ranking;

/// <summary>
/// A story's weight and every term it is made of, as <c>svodka stories show</c> prints them:
/// Weight = SourceTerm × Growth × Recency × RubricWeight (see <see cref="StoryRanker"/>).
/// </summary>
/// <param name="Sources">Distinct outlets.</param>
/// <param name="WeightedSources">Σ authority over the outlets (reprint-only outlets at the reprint share).</param>
/// <param name="SourceTerm">log2(1 + WeightedSources).</param>
/// <param name="RecentSources">Outlets whose first article in the story is in the growth window before now.</param>
/// <param name="EarlierSources">The other outlets.</param>
/// <param name="Growth">1 + GrowthWeight × min(MaxGrowthRatio, (RecentSources − 1)⁺ / max(1, EarlierSources)).</param>
/// <param name="AgeHours">Hours from the story's last article to now.</param>
/// <param name="Recency">0.5^(AgeHours / half-life hours).</param>
/// <param name="Rubric">The story's rubric, or null.</param>
/// <param name="RubricWeight">The operator's weight of that rubric.</param>
public sealed record RankTerms(
    int Sources,
    double WeightedSources,
    double SourceTerm,
    int RecentSources,
    int EarlierSources,
    double Growth,
    double AgeHours,
    double Recency,
    string? Rubric,
    double RubricWeight,
    double Weight)
{
    /// <summary>One line per term, for a terminal.</summary>
    public string Explain() => string.Create(CultureInfo.InvariantCulture, $"""
        weight        {Weight:F4} = source term × growth × recency × rubric weight
        source term   {SourceTerm:F4} = log2(1 + {WeightedSources:F2}) from {Sources} distinct sources weighted by authority
        growth        {Growth:F4} from {RecentSources} sources in the last hour vs {EarlierSources} before
        recency       {Recency:F4} for {AgeHours:F1} h since the last article
        rubric weight {RubricWeight:F2} for {Rubric ?? "no rubric"}
        """);
}
