using Svodka.Core.Stories;
using Svodka.Storage.Stories;
using Svodka.Understanding;

namespace Svodka.Stories;

/// <summary>
/// An editor's merge or split (<see cref="StoryEditStore"/>), with the touched stories' headline, lead, rubric, tags
/// and counts recomputed from their members the way the story worker computes them, so the pages show the new
/// story at once; the ranking reads the stored outlets and times, so it follows.
/// </summary>
public sealed class StoryEditor(StoryEditStore store, StoryBackgroundFrequencies background, TimeProvider time)
{
    public Task<StoryEditResult> MergeAsync(long from, long into, CancellationToken ct) =>
        store.MergeAsync(from, into, Resummarise, time.GetUtcNow(), ct);

    public Task<StoryEditResult> SplitAsync(long storyId, IReadOnlyCollection<long> articleIds, CancellationToken ct) =>
        store.SplitAsync(storyId, articleIds, Resummarise, time.GetUtcNow(), ct);

    private IReadOnlyList<StoryRewrite> Resummarise(IReadOnlyList<StoryInput> members)
    {
        if (members.Count == 0) return [];
        var topicNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in members) StoredStories.CollectTopicNames(m, topicNames);
        var storyIds = members.Select(m => m.StoryId!.Value).Distinct().Order().ToList();
        var clusterer = StoredStories.Restore(members, background.Counts, storyIds[^1] + 1);
        return storyIds.ConvertAll(id =>
        {
            var story = clusterer.Find(id)!;
            var summary = StorySummary.Of(story, clusterer.Frequencies);
            return new StoryRewrite(StoredStories.ToWrite(story, summary, topicNames), StoredStories.Memberships(summary).ToList());
        });
    }
}
