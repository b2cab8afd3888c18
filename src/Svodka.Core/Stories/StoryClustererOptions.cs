namespace Svodka.Core.Stories;

/// <summary>
/// How <see cref="StoryClusterer"/> decides. The thresholds and weights were tuned on the Toloka train
/// pools (bench command <c>stories-pairs</c>) and checked on the exam pool; the limits keep the cost of
/// one article flat however large the archive grows.
/// </summary>
public sealed record StoryClustererOptions
{
    /// <summary>An article joins a story only within this distance of the story's time span.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(3);

    /// <summary>A match score from this up makes an article join the story.</summary>
    public double JoinThreshold { get; init; } = 0.675;
    /// <summary>Two stories an article matches both merge when their own similarity reaches this.</summary>
    public double MergeThreshold { get; init; } = 0.60;
    /// <summary>MinHash agreement (≈ 3-gram Jaccard) from which a text is a reprint of another.</summary>
    public double ReprintThreshold { get; init; } = 0.6;
    /// <summary>The match score a near copy needs to join its original's story as a reprint (lower than <see cref="JoinThreshold"/>).</summary>
    public double ReprintJoinThreshold { get; init; } = 0.35;

    // The score: evidence = text cosine + CoverageWeight × coverage + EntityWeight × entities + NumberWeight ×
    // numbers, multiplied by a factor below 1 for each sign of a different event (names missing, days or
    // quantities differing), minus a little for distance in time. Signs of a different event multiply rather
    // than subtract: two weather forecasts share every word but the day, and no amount of shared words
    // should outvote that.

    /// <summary>Weight of headline coverage (0..1) in the evidence: the title of one report fits the text of the other.</summary>
    public double CoverageWeight { get; init; } = 1.0;
    /// <summary>Weight of shared entities (0..1 overlap) in the evidence.</summary>
    public double EntityWeight { get; init; } = 0.05;
    /// <summary>Weight of shared salient numbers (0..1) in the evidence.</summary>
    public double NumberWeight { get; init; } = 0.05;
    /// <summary>Share of the evidence lost when none of the headlines' names turn up on the other side («в Омске» / «в Казани»); in part for some.</summary>
    public double NamePenalty { get; init; } = 0.6;
    /// <summary>Factor when the titles name different calendar days («прогноз на 8 ноября» / «на 16 ноября»).</summary>
    public double DateConflictFactor { get; init; } = 0.3;
    /// <summary>Factor when only the leads name different days and no day in common («на 4 мая» / «9 мая»).</summary>
    public double LeadDateConflictFactor { get; init; } = 0.8;
    /// <summary>Factor when both headlines give quantities and neither side's appear on the other («погибли 5» / «погибли 3»).</summary>
    public double QuantityConflictFactor { get; init; } = 0.7;
    /// <summary>Subtracted in full at a distance of one <see cref="Window"/> from the story's span, in part nearer.</summary>
    public double TimePenalty { get; init; } = 0.15;

    /// <summary>Highest-IDF terms of an article used to look up candidate stories.</summary>
    public int CandidateKeys { get; init; } = 12;
    /// <summary>Candidate stories scored in full per article.</summary>
    public int MaxCandidates { get; init; } = 24;
    /// <summary>Stories kept per index key (the most recently updated); bounds the memory of a common word.</summary>
    public int PostingCap { get; init; } = 128;
    /// <summary>Stories looked at per index key (the most recently updated); bounds the cost of a common word.</summary>
    public int PostingScan { get; init; } = 64;

    /// <summary>
    /// Stories an editor merged or split: articles still join them, but the clusterer never merges them with
    /// another story on its own, so a split is not undone by the next article that matches both halves.
    /// </summary>
    public IReadOnlySet<long> KeptApart { get; init; } = new HashSet<long>();

    /// <summary>
    /// Receives each story that falls out of the time window; the clusterer then forgets it (bounded
    /// memory for a long-running service). When null, closed stories stay in <see cref="StoryClusterer.Stories"/>.
    /// </summary>
    public Action<Story>? OnStoryClosed { get; init; }
}
