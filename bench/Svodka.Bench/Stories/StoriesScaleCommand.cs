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
/// <remarks>
/// On a shared machine wall time says little: the CPU figures (process CPU, so the GC's threads count) and the
/// bytes allocated per add are the ones to compare. "Run" is the CPU per add over every add since the previous
/// checkpoint (the GCs that a probe of a few thousand adds may or may not hit are spread over it); "live heap" is
/// after a full collection, taken once the probe is timed.
/// </remarks>
public sealed class StoriesScaleCommand : IBenchCommand
{
    public string Name => "stories-scale";
    public string Description => "stories-scale [--max N] [--at N,N…] [--per-day A] [--probe P]: µs per StoryClusterer.Add at 10k, 100k, 1M articles held";

    private const int Chunk = 8192;

    public Task<int> RunAsync(string[] args)
    {
        var max = long.Parse(BenchReport.Option(args, "--max", "1000000")!);
        var perDay = double.Parse(BenchReport.Option(args, "--per-day", "30000")!, System.Globalization.CultureInfo.InvariantCulture);
        var probe = int.Parse(BenchReport.Option(args, "--probe", "2000")!);
        // --at 10000,200000 measures at other sizes (a 1M run needs minutes of CPU and GB of memory).
        var checkpoints = (BenchReport.Option(args, "--at") is { } at
                ? at.Split(',').Select(long.Parse).Order().ToArray()
                : [10_000L, 100_000L, 1_000_000L, 10_000_000L])
            .Where(c => c <= max).ToList();
        var closedStories = 0L;
        var clusterer = new StoryClusterer(new StoryClustererOptions { OnStoryClosed = _ => closedStories++ });
        var featurizer = new StoryFeaturizer(null, BenchData.Tagger);
        var generator = new CorpusGenerator(7, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), perDay);
        var featureTime = TimeSpan.Zero;
        var added = 0L;
        var next = 0;
        var run = new RunCost();
        Console.WriteLine($"synthetic news at {perDay:N0} articles a day; window {clusterer.Options.Window.TotalDays} days; " +
            $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {Environment.ProcessorCount} cores; load {LoadAverage()}");

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
                if (next < checkpoints.Count && added == checkpoints[next] && i + probe <= features.Length)
                {
                    var runPer = run.PerAdd();
                    Report(clusterer, features.AsSpan(i, probe), added, closedStories, runPer);
                    added += probe;
                    i += probe;
                    next++;
                    run = new RunCost();
                    continue;
                }
                run.Start();
                var end = next < checkpoints.Count ? (int)Math.Min(features.Length, i + (checkpoints[next] - added)) : features.Length;
                if (end <= i) end = i + 1; // the checkpoint falls where the probe does not fit: carry on one by one
                var from = i;
                for (; i < end; i++, added++) clusterer.Add(features[i]);
                run.Stop(end - from);
            }
            if (next >= checkpoints.Count) break;
        }
        Console.WriteLine($"features: {featureTime.TotalMilliseconds * 1000 / added:F0} µs CPU per article (computed in parallel, not in the figures above)");
        return Task.FromResult(0);
    }

    private static void Report(StoryClusterer clusterer, ReadOnlySpan<StoryFeatures> probe, long held, long closed, (double Cpu, double Bytes, int Gen2) run)
    {
        var times = new double[probe.Length];
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = new Stopwatch();
        for (var k = 0; k < probe.Length; k++)
        {
            watch.Restart();
            clusterer.Add(probe[k]);
            times[k] = watch.Elapsed.TotalMicroseconds;
        }
        var cpuPer = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / probe.Length;
        var bytesPer = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)probe.Length;
        var pausePer = (GC.GetTotalPauseDuration() - pause).TotalMicroseconds / probe.Length;
        gen0 = GC.CollectionCount(0) - gen0;
        gen2 = GC.CollectionCount(2) - gen2;
        var heap = GC.GetTotalMemory(false);
        var live = GC.GetTotalMemory(true);
        Array.Sort(times);
        double Pct(double p) => times[Math.Min(times.Length - 1, (int)(times.Length * p))];
        var stories = clusterer.Stories.ToList();
        var open = stories.Where(s => s.IsOpen).ToList();
        var largest = open.Count == 0 ? 0 : open.Max(s => s.Members.Count);
        var held100 = open.Where(s => s.Members.Count >= 100).Sum(s => (long)s.Members.Count);
        var longest = open.Count == 0 ? 0 : open.Max(s => (s.Last - s.First).TotalDays);
        Console.WriteLine($"{held,9:N0} articles held (load {LoadAverage()}):");
        Console.WriteLine($"    probe of {probe.Length:N0}: {cpuPer,6:F0} µs CPU per add, {bytesPer / 1024,7:F1} KB allocated per add, GC pause {pausePer,5:F0} µs per add, {gen0} gen0 / {gen2} gen2 GCs; " +
            $"wall µs mean {times.Average():F0}, p50 {Pct(0.5):F0}, p90 {Pct(0.9):F0}, p99 {Pct(0.99):F0}, max {times[^1]:F0}");
        Console.WriteLine($"    run since the last checkpoint: {run.Cpu,6:F0} µs CPU per add, {run.Bytes / 1024,7:F1} KB allocated per add, {run.Gen2} gen2 GCs");
        Console.WriteLine($"    {open.Count:N0} open stories with {clusterer.OpenArticleCount:N0} articles ({held100:N0} in stories of 100+, largest {largest:N0}, longest {longest:F1} days), {closed:N0} closed; " +
            $"heap {heap / (1024 * 1024):N0} MB, live {live / (1024 * 1024):N0} MB after a full GC; {GC.CollectionCount(2)} gen2 GCs so far; {BenchReport.PeakMemory()}");
    }

    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
        catch (UnauthorizedAccessException) { return "?"; }
    }

    /// <summary>CPU, allocation and gen2 GCs of the adds between two checkpoints.</summary>
    private sealed class RunCost
    {
        private TimeSpan _cpu;
        private long _bytes;
        private long _adds;
        private readonly int _gen2 = GC.CollectionCount(2);
        private TimeSpan _cpuStart;
        private long _bytesStart;

        public void Start()
        {
            _cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
            _bytesStart = GC.GetAllocatedBytesForCurrentThread();
        }

        public void Stop(long adds)
        {
            _cpu += Process.GetCurrentProcess().TotalProcessorTime - _cpuStart;
            _bytes += GC.GetAllocatedBytesForCurrentThread() - _bytesStart;
            _adds += adds;
        }

        public (double Cpu, double Bytes, int Gen2) PerAdd() =>
            _adds == 0 ? (0, 0, 0) : (_cpu.TotalMicroseconds / _adds, _bytes / (double)_adds, GC.CollectionCount(2) - _gen2);
    }
}
