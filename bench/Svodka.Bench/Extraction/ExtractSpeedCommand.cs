using System.Diagnostics;
using Svodka.Ingest.Extraction;

namespace Svodka.Bench.Extraction;

/// <summary>
/// `extract-speed [--sample N] [--rounds N]`: pages per second for extraction alone (pages already
/// decoded in memory), on one thread and on all cores, with peak memory; the pages are the extraction
/// test fixtures and an evenly spaced sample of the trafilatura corpus.
/// </summary>
public sealed class ExtractSpeedCommand : IBenchCommand
{
    public string Name => "extract-speed";
    public string Description => "article extraction throughput (pages/s, 1 thread and all cores) and peak memory";

    public Task<int> RunAsync(string[] args)
    {
        var sample = int.Parse(BenchReport.Option(args, "--sample", "300")!);
        var rounds = int.Parse(BenchReport.Option(args, "--rounds", "3")!);
        var pages = LoadPages(sample);
        if (pages.Count == 0)
        {
            Console.Error.WriteLine("extract-speed: no pages found (fixtures or ../shared/data/trafilatura-eval)");
            return Task.FromResult(2);
        }
        var totalBytes = pages.Sum(p => (long)p.Html.Length * 2);
        Console.WriteLine($"{pages.Count} pages, average {pages.Average(p => p.Html.Length) / 1024:F0} K chars, median {Median(pages.Select(p => p.Html.Length)) / 1024:F0} K chars");

        var extractor = new ArticleExtractor();
        foreach (var p in pages) Extract(extractor, p); // warm-up: JIT, regex construction

        var count = pages.Count * (long)rounds;
        var cpu = CpuTime();
        var sw = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
            foreach (var p in pages) Extract(extractor, p);
        Console.WriteLine("1 thread:   " + BenchReport.Rate(count, sw.Elapsed, "pages") + CpuNote(count, CpuTime() - cpu));

        cpu = CpuTime();
        sw.Restart();
        for (var r = 0; r < rounds; r++)
            Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, p => Extract(extractor, p));
        var cpuUsed = CpuTime() - cpu;
        Console.WriteLine($"{Environment.ProcessorCount} threads:  " + BenchReport.Rate(count, sw.Elapsed, "pages")
                          + $" ({totalBytes * rounds / sw.Elapsed.TotalSeconds / (1024 * 1024):F1} MB/s of UTF-16 markup)" + CpuNote(count, cpuUsed));
        // On a shared machine wall time measures the neighbours too; CPU time says what the cores would do alone.
        Console.WriteLine($"CPU-bound estimate for {Environment.ProcessorCount} idle cores: {count / cpuUsed.TotalSeconds * Environment.ProcessorCount:N0} pages/s");
        Console.WriteLine(BenchReport.PeakMemory());
        return Task.FromResult(0);
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string CpuNote(long count, TimeSpan cpu) => $"; {cpu.TotalMilliseconds / count:F1} ms CPU per page";

    private sealed record BenchPage(string Html, Uri Url);

    private static void Extract(ArticleExtractor extractor, BenchPage page)
    {
        try { extractor.Extract(page.Html, page.Url); }
        catch (ExtractionException) { }
    }

    private static List<BenchPage> LoadPages(int sample)
    {
        var pages = new List<BenchPage>();
        var fixtures = FixtureFolder();
        if (fixtures is not null)
            foreach (var file in Directory.GetFiles(fixtures, "*.html").Order())
                pages.Add(new BenchPage(PageDecoding.Decode(File.ReadAllBytes(file), null), new Uri("https://fixture.example/" + Path.GetFileName(file))));
        var eval = SharedData.Folder("trafilatura-eval");
        if (eval is not null && sample > 0)
        {
            var all = TrafilaturaEval.Load(eval);
            var step = Math.Max(1, all.Count / sample);
            for (var i = 0; i < all.Count && pages.Count < sample + 50; i += step)
                pages.Add(new BenchPage(all[i].ReadHtml(), new Uri(all[i].Url)));
        }
        return pages;
    }

    private static string? FixtureFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "Svodka.Ingest.Tests", "Extraction", "testdata");
                if (Directory.Exists(candidate)) return candidate;
            }
        return null;
    }

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
