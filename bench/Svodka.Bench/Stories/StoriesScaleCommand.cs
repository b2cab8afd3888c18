using System.Diagnostics;
using Svodka.Bench.Stories.Corpus;
using Svodka.Core.Stories;

namespace Svodka.Bench.Stories;

/// <summary>
/// The cost of adding one article to a clusterer that has taken 10 000, 100 000 and 1 000 000 articles
/// (synthetic news at a steady daily rate, so a bigger store is a longer archive, as in production). Each
/// checkpoint times the next articles' <see cref="StoryClusterer.Add"/> alone (features are computed
/// beforehand, in parallel). Closed stories are handed off as a service would store them.
/// </summary>
public sealed class StoriesScaleCommand : IBenchCommand
{
    public string Name => "stories-scale";
    public string Description => "stories-scale [--max N] [--per-day A]: µs per StoryClusterer.Add at 10k, 100k, 1M articles held";

    private const int Chunk = 8192;
    private const int Probe = 2000;

    public Task<int> RunAsync(string[] args)
    {
        var max = long.Parse(BenchReport.Option(args, "--max", "1000000")!);
        var perDay = double.Parse(BenchReport.Option(args, "--per-day", "30000")!, System.Globalization.CultureInfo.InvariantCulture);
        var checkpoints = new[] { 10_000L, 100_000L, 1_000_000L, 10_000_000L }.Where(c => c <= max).ToList();
        var closedStories = 0L;
        var clusterer = new StoryClusterer(new StoryClustererOptions { OnStoryClosed = _ => closedStories++ });
        var featurizer = new StoryFeaturizer(null, BenchData.Tagger);
        var generator = new CorpusGenerator(7, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), perDay);
        var featureTime = TimeSpan.Zero;
        var added = 0L;
        var next = 0;
        Console.WriteLine($"synthetic news at {perDay:N0} articles a day; window {clusterer.Options.Window.TotalDays} days");

        foreach (var chunk in generator.Articles().Where(a => a.Language is "ru" or "en").Chunk(Chunk))
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var features = chunk.AsParallel().AsOrdered()
                .Select(a => featurizer.Featurize(a.Id.ToString(), a.Title, a.Text, a.Published, a.Outlet, a.Language))
                .ToArray();
            featureTime += Process.GetCurrentProcess().TotalProcessorTime - cpu;

            var i = 0;
            while (i < features.Length)
            {
                if (next < checkpoints.Count && added == checkpoints[next] && i + Probe <= features.Length)
                {
                    Report(clusterer, features.AsSpan(i, Probe), added, closedStories);
                    added += Probe;
                    i += Probe;
                    next++;
                    continue;
                }
                clusterer.Add(features[i++]);
                added++;
            }
            if (next >= checkpoints.Count) break;
        }
        Console.WriteLine($"features: {featureTime.TotalMilliseconds * 1000 / added:F0} µs CPU per article (computed in parallel, not in the figures above)");
        return Task.FromResult(0);
    }

    private static void Report(StoryClusterer clusterer, ReadOnlySpan<StoryFeatures> probe, long held, long closed)
    {
        var times = new double[probe.Length];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = new Stopwatch();
        for (var k = 0; k < probe.Length; k++)
        {
            watch.Restart();
            clusterer.Add(probe[k]);
            times[k] = watch.Elapsed.TotalMicroseconds;
        }
        var cpuPer = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / probe.Length;
        Array.Sort(times);
        var open = clusterer.Stories.Count();
        Console.WriteLine(
            $"{held,9:N0} articles held: add {times.Average(),6:F0} µs mean, {times[times.Length / 2],6:F0} µs median, {times[(int)(times.Length * 0.99)],6:F0} µs p99 (wall), {cpuPer,6:F0} µs CPU; " +

            $"{open:N0} open stories with {clusterer.OpenArticleCount:N0} articles, {closed:N0} closed; managed heap {GC.GetTotalMemory(false) / (1024 * 1024):N0} MB; {BenchReport.PeakMemory()}");
    }
}
