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
    public double JoinThreshold { get; init; } = 0.65;
    /// <summary>Two stories an article matches both merge when their own similarity reaches this.</summary>
    public double MergeThreshold { get; init; } = 0.60;
    /// <summary>MinHash agreement (≈ 3-gram Jaccard) from which a text is a reprint of another.</summary>
    public double ReprintThreshold { get; init; } = 0.5;

    /// <summary>Weight of headline coverage (0..1) in the match score: the title of one report fits the text of the other.</summary>
    public double CoverageWeight { get; init; } = 1.0;
    /// <summary>Weight of shared entities (0..1 overlap) in the match score.</summary>
    public double EntityWeight { get; init; } = 0.05;
    /// <summary>Weight of shared salient numbers (0..1) in the match score.</summary>
    public double NumberWeight { get; init; } = 0.05;
    /// <summary>Subtracted when the titles name different calendar days («прогноз на 8 ноября» / «на 16 ноября»).</summary>
    public double DateConflictPenalty { get; init; } = 1.0;
    /// <summary>Subtracted when only the leads name different days and no day in common («на 4 мая» / «9 мая»).</summary>
    public double LeadDateConflictPenalty { get; init; } = 0.2;
    /// <summary>Subtracted in full at a distance of one <see cref="Window"/> from the story's span, in part nearer.</summary>
    public double TimePenalty { get; init; } = 0.15;

    /// <summary>Highest-IDF terms of an article used to look up candidate stories.</summary>
    public int CandidateKeys { get; init; } = 12;
    /// <summary>Candidate stories scored in full per article.</summary>
    public int MaxCandidates { get; init; } = 24;
    /// <summary>Stories kept per index key (the most recently updated); bounds the cost of a common word.</summary>
    public int PostingCap { get; init; } = 256;

    /// <summary>
    /// Receives each story that falls out of the time window; the clusterer then forgets it (bounded
    /// memory for a long-running service). When null, closed stories stay in <see cref="StoryClusterer.Stories"/>.
    /// </summary>
    public Action<Story>? OnStoryClosed { get; init; }
}
