using System.Diagnostics;
using Svodka.Ingest.Feeds;

namespace Svodka.Bench.Feeds;

/// <summary>
/// `feed-parse`: parses a generated 100 000-item RSS feed end to end (bytes to ParsedFeed), then realistic feeds
/// repeatedly, and prints items/s and peak memory. Target: 20 000 items/s or more on 2 cores.
/// </summary>
public sealed class FeedParseCommand : IBenchCommand
{
    public string Name => "feed-parse";
    public string Description => "items/s parsing a generated 100 000-item feed and realistic feeds [--items N] [--seconds S]";

    public Task<int> RunAsync(string[] args)
    {
        var count = int.Parse(BenchReport.Option(args, "--items", "100000")!);
        var seconds = double.Parse(BenchReport.Option(args, "--seconds", "5")!, System.Globalization.CultureInfo.InvariantCulture);

        // Warm the JIT on a small feed so the big run measures parsing, not compilation.
        FeedParser.Parse(BenchFeeds.Rss(200, full: true));

        var big = BenchFeeds.Rss(count, full: false);
        Console.WriteLine($"generated RSS 2.0, {count:N0} items, {big.Length / (1024.0 * 1024):F1} MB");
        var cpu = CpuTime();
        var clock = Stopwatch.StartNew();
        var parsed = FeedParser.Parse(big);
        clock.Stop();
        cpu = CpuTime() - cpu;
        if (parsed.Items.Count != count) throw new InvalidOperationException($"parsed {parsed.Items.Count} items, expected {count}");
        Console.WriteLine("  one feed:        " + BenchReport.Rate(parsed.Items.Count, clock.Elapsed, "items") + CpuRate(parsed.Items.Count, cpu));
        big = [];
        parsed = null;

        Repeat("RSS 2.0, 100 items with content:encoded", BenchFeeds.Rss(100, full: true), seconds);
        Repeat("Atom 1.0, 100 entries with xhtml content", BenchFeeds.Atom(100), seconds);
        foreach (var fixture in new[] { "lenta-cp1251-no-charset.xml", "atom-xml-base.xml", "rdf-dc.xml" })
            Repeat("fixture " + fixture, File.ReadAllBytes(Path.Combine(FeedBenchCorpus.FixtureFolder, fixture)), seconds / 5);
        Console.WriteLine(BenchReport.PeakMemory());
        return Task.FromResult(0);
    }

    private static void Repeat(string label, byte[] body, double seconds)
    {
        long items = 0;
        var cpu = CpuTime();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds) items += FeedParser.Parse(body).Items.Count;
        clock.Stop();
        cpu = CpuTime() - cpu;
        Console.WriteLine($"{label} ({body.Length / 1024.0:F0} KB)");
        Console.WriteLine("  repeated:        " + BenchReport.Rate(items, clock.Elapsed, "items") + CpuRate(items, cpu));
    }

    // The machine is shared: wall-clock rates fall when others build. Processor time (GC threads included) says
    // what the parse itself costs.
    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string CpuRate(long items, TimeSpan cpu) =>
        $"; {items / Math.Max(cpu.TotalSeconds, 1e-9):N0} items per CPU-second";
}
