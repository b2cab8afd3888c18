using Svodka.Core.Stories;

namespace Svodka.Core.Ranking;

/// <summary>A story with its weight and the terms behind it.</summary>
public sealed record RankedStory(StorySummary Story, RankTerms Terms);

/// <summary>
/// Story weight. Paste-ready for the README:
///
/// <code>
/// weight = log2(1 + Σ authority(outlet)) × growth × 0.5^(age / half-life) × rubric weight
/// </code>
///
/// - <b>Sources.</b> Each distinct outlet counts once, at the authority the operator gave it (default 1);
///   an outlet whose only articles in the story are reprints of another outlet's text counts half. The log
///   keeps a story of 40 outlets ahead of one of 20 without burying everything else.
/// - <b>Growth.</b> Outlets that first reported within the last hour against those before:
///   1 + 0.5 × min(2, (recent − 1)⁺ / max(1, earlier)). A story three outlets picked up in the last hour after
///   one outlet before gets ×2; a lone new article gets nothing.
/// - <b>Recency.</b> Halves every 6 hours since the story's last article.
/// - <b>Rubric.</b> An operator-set weight per rubric (society and economy 1, technology and science 0.9,
///   sports 0.8, entertainment 0.7, other 0.6).
///
/// Every term is in <see cref="RankTerms"/>, which <c>svodka stories show ID</c> prints. Lists order by
/// weight, then by the last article (newer first), then by story id, so equal weights never reorder
/// between runs.
/// </summary>
public sealed class StoryRanker(RankingOptions? options = null)
{
    public RankingOptions Options { get; } = options ?? new RankingOptions();

    public RankTerms Rank(StorySummary story, DateTimeOffset now)
    {
        var o = Options;
        var weighted = 0.0;
        int recent = 0, earlier = 0;
        foreach (var source in story.Sources)
        {
            var authority = o.SourceAuthority.TryGetValue(source.SourceId, out var a) ? a : o.DefaultAuthority;
            weighted += source.OnlyReprints ? authority * o.ReprintShare : authority;
            if (source.FirstPublished > now - o.GrowthWindow && source.FirstPublished <= now) recent++;
            else earlier++;
        }
        var sourceTerm = Math.Log2(1 + weighted);
        var growth = 1 + o.GrowthWeight * Math.Min(o.MaxGrowthRatio, Math.Max(0, recent - 1) / (double)Math.Max(1, earlier));
        var ageHours = Math.Max(0, (now - story.Last).TotalHours);
        var recency = Math.Pow(0.5, ageHours / o.HalfLife.TotalHours);
        var rubricWeight = story.Rubric is not null && o.RubricWeights.TryGetValue(story.Rubric, out var w) ? w : o.DefaultRubricWeight;
        var weight = sourceTerm * growth * recency * rubricWeight;
        return new RankTerms(story.Sources.Count, Math.Round(weighted, 4), Math.Round(sourceTerm, 6), recent, earlier,
            Math.Round(growth, 6), Math.Round(ageHours, 4), Math.Round(recency, 6), story.Rubric, rubricWeight, Math.Round(weight, 6));
    }

    /// <summary>Every story ranked, heaviest first (ties: newer last article, then lower id).</summary>
    public List<RankedStory> RankAll(IEnumerable<StorySummary> stories, DateTimeOffset now) =>
        StoryLists.Ordered(stories.Select(s => new RankedStory(s, Rank(s, now)))).ToList();
}
