using Svodka.Storage.Stories;

namespace Svodka.Web.Ranking;

/// <summary>A story of a list with the weight it is ordered by.</summary>
public sealed record RankedListing(StoryListing Story, double Weight);

/// <summary>
/// The order of the portal's story lists: pinned stories first, then by weight
/// (log2(1 + sources) × growth × 0.5^(age / 6 h) × rubric weight), then the newer last article, then id.
/// The weight is the one Svodka.Core.Ranking.StoryRanker defines (on the stories branch); it is computed
/// here from a <see cref="StoryListing"/> until that ranker is on this branch, and this file then becomes
/// a call to it with a StorySummary built from the listing.
/// </summary>
public static class StoryOrder
{
    private static readonly TimeSpan HalfLife = TimeSpan.FromHours(6);
    private static readonly TimeSpan GrowthWindow = TimeSpan.FromHours(1);
    private const double GrowthWeight = 0.5, MaxGrowthRatio = 2.0, ReprintShare = 0.5;

    private static readonly Dictionary<string, double> RubricWeights = new(StringComparer.Ordinal)
    {
        ["society"] = 1.0, ["economy"] = 1.0, ["technology"] = 0.9, ["science"] = 0.9,
        ["sports"] = 0.8, ["entertainment"] = 0.7, ["other"] = 0.6,
    };

    public static double Weight(StoryListing story, DateTimeOffset now)
    {
        double weighted = 0;
        int recent = 0, earlier = 0;
        foreach (var source in story.Sources)
        {
            weighted += source.OnlyReprints ? ReprintShare : 1;
            if (source.First > now - GrowthWindow && source.First <= now) recent++;
            else earlier++;
        }
        if (story.Sources.Count == 0) weighted = Math.Max(1, story.SourceCount);
        var growth = 1 + GrowthWeight * Math.Min(MaxGrowthRatio, Math.Max(0, recent - 1) / (double)Math.Max(1, earlier));
        var ageHours = Math.Max(0, (now - story.Last).TotalHours);
        var recency = Math.Pow(0.5, ageHours / HalfLife.TotalHours);
        var rubric = story.Rubric is { } r && RubricWeights.TryGetValue(r, out var w) ? w : 1.0;
        return Math.Log2(1 + weighted) * growth * recency * rubric;
    }

    public static List<RankedListing> Rank(IEnumerable<StoryListing> stories, DateTimeOffset now) =>
        stories.Select(s => new RankedListing(s, Weight(s, now)))
            .OrderByDescending(s => s.Story.Pinned)
            .ThenByDescending(s => s.Weight)
            .ThenByDescending(s => s.Story.Last)
            .ThenBy(s => s.Story.Id)
            .ToList();
}
