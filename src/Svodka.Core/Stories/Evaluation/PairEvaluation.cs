namespace Svodka.Core.Stories.Evaluation;

/// <summary>What the clusterer decided for one labelled pair.</summary>
public sealed record PairOutcome(TolokaPair Pair, bool PredictedSame, long FirstStory, long SecondStory)
{
    public bool Correct => PredictedSame == Pair.SameStory;
}

public sealed record PairEvaluationResult(PairScores Scores, IReadOnlyList<PairOutcome> Outcomes);

/// <summary>
/// Scores clustering on labelled pairs the way it runs for real: every distinct article of the file (by URL)
/// is clustered together with all the others in one batch, then each pair counts as "same story" when both
/// of its articles ended in one story. The files carry no publication times, so every article gets the same
/// one and time plays no part; the outlet is the URL's host.
/// </summary>
public static class PairEvaluation
{
    private static readonly DateTimeOffset PairTime = new(2020, 5, 1, 12, 0, 0, TimeSpan.Zero);

    /// <param name="frequencies">Document frequencies to start from (counts from a larger corpus); the file's own articles are added to them.</param>
    public static PairEvaluationResult Run(IReadOnlyList<TolokaPair> pairs, StoryFeaturizer featurizer,
        StoryClustererOptions? options = null, DocumentFrequencies? frequencies = null)
    {
        var articles = pairs.SelectMany(p => new[] { p.First, p.Second })
            .DistinctBy(a => a.Url, StringComparer.Ordinal)
            .ToList();
        var features = articles.AsParallel().AsOrdered()
            .Select(a => featurizer.Featurize(a.Url, a.Title, a.Text, PairTime, SourceIds.FromUrl(a.Url)))
            .ToList();

        var clusterer = new StoryClusterer(options, frequencies);
        clusterer.AddBatch(features);

        var outcomes = pairs.Select(p =>
        {
            var first = clusterer.StoryOf(p.First.Url)!.Id;
            var second = clusterer.StoryOf(p.Second.Url)!.Id;
            return new PairOutcome(p, first == second, first, second);
        }).ToList();

        var scores = new PairScores(
            outcomes.Count(o => o.PredictedSame && o.Pair.SameStory),
            outcomes.Count(o => o.PredictedSame && !o.Pair.SameStory),
            outcomes.Count(o => !o.PredictedSame && o.Pair.SameStory),
            outcomes.Count(o => !o.PredictedSame && !o.Pair.SameStory));
        return new PairEvaluationResult(scores, outcomes);
    }
}
