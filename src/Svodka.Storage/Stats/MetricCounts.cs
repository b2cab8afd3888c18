namespace Svodka.Storage.Stats;

/// <summary>What /metrics reports from the database, read on each scrape.</summary>
/// <param name="FetchesByStatus">Fetch attempts in the fetch log by HTTP status ("none" when no response came).</param>
/// <param name="SourcesByStatus">Sources by status: new, ok, failing, and disabled for those switched off.</param>
/// <param name="AwaitingAnalysis">Articles not analysed yet.</param>
/// <param name="AwaitingStories">Analysed articles the story worker has not handled yet.</param>
public sealed record MetricCounts(
    IReadOnlyDictionary<string, long> FetchesByStatus,
    long FetchErrors,
    long Articles,
    long Stories,
    IReadOnlyDictionary<string, long> SourcesByStatus,
    long AwaitingAnalysis,
    long AwaitingStories);
