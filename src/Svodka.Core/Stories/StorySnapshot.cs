namespace Svodka.Core.Stories;

/// <summary>One story as plain data: its id, whether articles may still join, and its members in joining order.</summary>
public sealed record StorySnapshot(long Id, bool IsOpen, IReadOnlyList<StoryMember> Members);

/// <summary>
/// Everything a <see cref="StoryClusterer"/> needs to carry on where it stopped: the next story id, its
/// clock (the latest publication time seen), the document frequencies, the stories it holds and which
/// story ids were merged into which.
/// </summary>
public sealed record StoryClustererState(
    long NextStoryId,
    DateTimeOffset Clock,
    IReadOnlyList<DocumentFrequencySnapshot> Frequencies,
    IReadOnlyList<StorySnapshot> Stories,
    IReadOnlyList<KeyValuePair<long, long>> Merges);
