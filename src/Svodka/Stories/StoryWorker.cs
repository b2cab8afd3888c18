using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Svodka.Core.Stories;
using Svodka.Storage;
using Svodka.Storage.Stories;
using Svodka.Understanding;

namespace Svodka.Stories;

/// <summary>Section "Stories".</summary>
public sealed class StoryOptions
{
    /// <summary>How far back an article can join a story (the clusterer's window).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The longest the worker sleeps when no analysed article waits for a story.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(3);
}

/// <summary>
/// Puts every analysed news article into a story. It runs wherever the collector runs, but only one
/// at a time per database (<see cref="StoryWorkerLock"/>): the clusterer lives in its memory, rebuilt
/// at start from the articles of the last window, and takes the queue of analysed articles in the
/// order they were stored. Non-news is marked handled without a story. An editor's merge or split
/// (<see cref="StoryEditStore"/>) makes the memory stale: the worker notices the edit stamp moved, rebuilds
/// from the database, and keeps the edited stories apart from the others.
/// </summary>
public sealed class StoryWorker(
    StoryStore stories,
    StoryEditStore edits,
    DatabaseTarget database,
    IOptions<StoryOptions> options,
    TimeProvider time,
    StoryBackgroundFrequencies background,
    ILogger<StoryWorker> logger) : BackgroundService
{
    private const int Batch = 500;

    /// <summary>Called after each batch of stories is stored (the site drops its caches).</summary>
    public event Action? StoriesChanged;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var warned = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var held = await StoryWorkerLock.TryAcquireAsync(database, "", stoppingToken);
                if (held is null)
                {
                    if (!warned) logger.LogInformation("another story worker holds this database; this process only collects");
                    warned = true;
                    await Delay(TimeSpan.FromSeconds(30), stoppingToken);
                    continue;
                }
                var memory = await RestoreAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                    if (await PassAsync(memory, stoppingToken) == 0)
                        await Delay(options.Value.IdlePoll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "story worker failed; starting again");
                await Delay(TimeSpan.FromSeconds(10), stoppingToken);
            }
        }
    }

    /// <summary>For `svodka fetch`: put every waiting article into its story, then stop. False when another worker holds the lock.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        await using var held = await StoryWorkerLock.TryAcquireAsync(database, "", ct);
        if (held is null) return false;
        var memory = await RestoreAsync(ct);
        while (await PassAsync(memory, ct) > 0) { }
        return true;
    }

    private StoryClustererOptions ClustererOptions(IReadOnlySet<long> keptApart) =>
        new() { Window = options.Value.Window, KeptApart = keptApart, OnStoryClosed = _ => { } }; // closed stories leave memory; their rows stay

    /// <summary>The clusterer as it stood: every article of the last window, back in its story.</summary>
    internal async Task<StoryMemory> RestoreAsync(CancellationToken ct)
    {
        // The stamp first: an edit while the articles are read moves it again, and the next pass rebuilds.
        var stamp = await edits.StampAsync(ct);
        var since = time.GetUtcNow() - options.Value.Window - TimeSpan.FromDays(1);
        var keptApart = await edits.EditedSinceAsync(since, ct);
        var inputs = new List<StoryInput>();
        for (long after = 0; ;)
        {
            var page = await stories.ClusteredSinceAsync(since, after, 1000, ct);
            if (page.Count == 0) break;
            inputs.AddRange(page);
            after = page[^1].ArticleId;
        }
        var nextId = await stories.MaxIdAsync(ct) + 1;
        if (inputs.Count == 0)
            return new StoryMemory(StoryClusterer.Restore(new StoryClustererState(nextId, DateTimeOffset.MinValue, background.Counts.Export(), [], []), ClustererOptions(keptApart)), stamp);

        var clusterer = StoredStories.Restore(inputs, background.Counts, nextId, ClustererOptions(keptApart));
        logger.LogInformation("story worker: {Stories} stories of the last window restored from {Articles} articles",
            inputs.Select(i => i.StoryId).Distinct().Count(), inputs.Count);
        return new StoryMemory(clusterer, stamp);
    }

    /// <summary>One batch of the queue; returns how many articles it handled (or will handle again after an editor's change).</summary>
    internal async Task<int> PassAsync(StoryMemory memory, CancellationToken ct)
    {
        var pending = await stories.PendingAsync(Batch, ct);
        if (pending.Count == 0) return 0;
        // Only when there is work: an idle pass needs no fresh memory, and the save below re-checks the stamp anyway.
        if (await edits.StampAsync(ct) != memory.Stamp) memory.Replace(await RestoreAsync(ct));
        var clusterer = memory.Clusterer;

        var handled = new List<StoryMembership>();
        var affected = new SortedSet<long>();
        var merges = new List<(long From, long Into)>();
        var topicNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in pending)
        {
            StoredStories.CollectTopicNames(input, topicNames);
            if (!input.IsNews)
            {
                handled.Add(new StoryMembership(input.ArticleId, null, 0, false));
                continue;
            }
            var assignment = clusterer.Add(StoredStories.Featurize(input));
            affected.Add(assignment.StoryId);
            foreach (var merged in assignment.MergedStories)
            {
                merges.Add((merged, assignment.StoryId));
                affected.Remove(merged);
            }
        }

        var writes = new List<StoryWrite>();
        foreach (var id in affected)
        {
            var story = clusterer.Find(id);
            if (story is null || story.Id != id) continue;
            var summary = StorySummary.Of(story, clusterer.Frequencies);
            writes.Add(StoredStories.ToWrite(story, summary, topicNames));
            handled.AddRange(StoredStories.Memberships(summary));
        }
        // An article handled twice in one batch (its story moved) keeps the last word.
        var members = handled.GroupBy(m => m.ArticleId).Select(g => g.Last()).ToList();
        if (!await stories.SaveAsync(writes, members, merges, time.GetUtcNow(), ct, unlessEditedSince: memory.Stamp))
        {
            // An editor merged or split while this batch was computed from the memory before it: nothing was
            // written; rebuild and take the same articles again.
            logger.LogInformation("stories: an editor changed stories meanwhile; reloading");
            memory.Replace(await RestoreAsync(ct));
            return pending.Count;
        }
        StoriesChanged?.Invoke();
        logger.LogInformation("stories: {Articles} articles handled, {Stories} stories written, {Merges} merged", pending.Count, writes.Count, merges.Count);
        return pending.Count;
    }

    private async Task Delay(TimeSpan delay, CancellationToken ct)
    {
        try { await Task.Delay(delay, time, ct); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }
}

/// <summary>The story worker's clusterer and the editors' stamp its stories are as of.</summary>
internal sealed class StoryMemory(StoryClusterer clusterer, StoryEditStamp stamp)
{
    public StoryClusterer Clusterer { get; private set; } = clusterer;
    public StoryEditStamp Stamp { get; private set; } = stamp;

    public void Replace(StoryMemory other)
    {
        Clusterer = other.Clusterer;
        Stamp = other.Stamp;
    }
}
