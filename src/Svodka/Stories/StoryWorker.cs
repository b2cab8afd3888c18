using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Svodka.Core.Entities;
using Svodka.Core.Model;
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
/// order they were stored. Non-news is marked handled without a story.
/// </summary>
public sealed class StoryWorker(
    StoryStore stories,
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
                var clusterer = await RestoreAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                    if (await PassAsync(clusterer, stoppingToken) == 0)
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
        var clusterer = await RestoreAsync(ct);
        while (await PassAsync(clusterer, ct) > 0) { }
        return true;
    }

    private StoryClustererOptions ClustererOptions() =>
        new() { Window = options.Value.Window, OnStoryClosed = _ => { } }; // closed stories leave memory; their rows stay

    /// <summary>The clusterer as it stood: every article of the last window, back in its story.</summary>
    internal async Task<StoryClusterer> RestoreAsync(CancellationToken ct)
    {
        var since = time.GetUtcNow() - options.Value.Window - TimeSpan.FromDays(1);
        var inputs = new List<StoryInput>();
        for (long after = 0; ;)
        {
            var page = await stories.ClusteredSinceAsync(since, after, 1000, ct);
            if (page.Count == 0) break;
            inputs.AddRange(page);
            after = page[^1].ArticleId;
        }
        var nextId = await stories.MaxIdAsync(ct) + 1;
        if (inputs.Count == 0) return StoryClusterer.Restore(new StoryClustererState(nextId, DateTimeOffset.MinValue, background.Counts.Export(), [], []), ClustererOptions());

        var features = inputs.ToDictionary(i => i.ArticleId, Featurize);
        var frequencies = background.Counts.Clone();
        foreach (var f in features.Values) frequencies.Add(f);
        var snapshots = inputs
            .GroupBy(i => i.StoryId!.Value)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var members = g.OrderBy(i => i.Published).ThenBy(i => i.ArticleId).ToList();
                var original = members.FirstOrDefault(m => !m.IsReprint) ?? members[0];
                return new StorySnapshot(g.Key, true, members.Select(m => new StoryMember(features[m.ArticleId], m.Relevance ?? 0,
                    m.IsReprint && m.ArticleId != original.ArticleId ? original.ArticleId.ToString() : null)).ToList());
            })
            .ToList();
        var clock = inputs.Max(i => i.Published);
        logger.LogInformation("story worker: {Stories} stories of the last window restored from {Articles} articles", snapshots.Count, inputs.Count);
        return StoryClusterer.Restore(new StoryClustererState(nextId, clock, frequencies.Export(), snapshots, []), ClustererOptions());
    }

    /// <summary>One batch of the queue; returns how many articles it handled.</summary>
    internal async Task<int> PassAsync(StoryClusterer clusterer, CancellationToken ct)
    {
        var pending = await stories.PendingAsync(Batch, ct);
        if (pending.Count == 0) return 0;

        var handled = new List<StoryMembership>();
        var affected = new SortedSet<long>();
        var merges = new List<(long From, long Into)>();
        var topicNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in pending)
        {
            foreach (var t in input.Tags.Where(t => t.Kind == TagKind.Topic)) topicNames.TryAdd(t.Slug, t.Name);
            if (!input.IsNews)
            {
                handled.Add(new StoryMembership(input.ArticleId, null, 0, false));
                continue;
            }
            var assignment = clusterer.Add(Featurize(input));
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
            writes.Add(ToWrite(story, summary, topicNames));
            handled.AddRange(summary.Articles.Select(a => new StoryMembership(long.Parse(a.ArticleId), id, a.Relevance, a.ReprintOf is not null)));
        }
        // An article handled twice in one batch (its story moved) keeps the last word.
        var members = handled.GroupBy(m => m.ArticleId).Select(g => g.Last()).ToList();
        await stories.SaveAsync(writes, members, merges, time.GetUtcNow(), ct);
        StoriesChanged?.Invoke();
        logger.LogInformation("stories: {Articles} articles handled, {Stories} stories written, {Merges} merged", pending.Count, writes.Count, merges.Count);
        return pending.Count;
    }

    private static StoryWrite ToWrite(Story story, StorySummary summary, IReadOnlyDictionary<string, string> topicNames)
    {
        var members = story.Members.Count;
        var tags = summary.Tags
            .Select(t => new StoryTagWrite(t.Kind switch
            {
                EntityKind.Region => TagKind.Region,
                EntityKind.Country => TagKind.Country,
                _ => TagKind.Person,
            }, t.Slug, t.Name, t.Share))
            .Concat(summary.Topics.Select(slug => new StoryTagWrite(TagKind.Topic, slug, topicNames.GetValueOrDefault(slug) ?? slug,
                Math.Round(story.Members.Count(m => m.Article.Topics.Contains(slug)) / (double)members, 4))))
            .ToList();
        return new StoryWrite(story.Id, story.Language, summary.Title, summary.Lead, summary.Rubric, summary.First, summary.Last,
            members, story.SourceCount, tags);
    }

    private static StoryFeatures Featurize(StoryInput input)
    {
        EntityTag Tag(ArticleTag t) => new(t.Slug, t.Name, t.Confidence);
        var entities = new EntityTags(
            input.Tags.Where(t => t.Kind == TagKind.Region).Select(Tag).ToList(),
            input.Tags.Where(t => t.Kind == TagKind.Country).Select(Tag).ToList(),
            input.Tags.Where(t => t.Kind == TagKind.Person).Select(Tag).ToList());
        return StoryFeatures.From(input.ArticleId.ToString(), input.Title, input.Text, input.Language, entities,
                input.Published, input.SourceId.ToString()) with
        {
            Rubric = input.Rubric,
            Topics = input.Tags.Where(t => t.Kind == TagKind.Topic).Select(t => t.Slug).ToList(),
        };
    }

    private async Task Delay(TimeSpan delay, CancellationToken ct)
    {
        try { await Task.Delay(delay, time, ct); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }
}
