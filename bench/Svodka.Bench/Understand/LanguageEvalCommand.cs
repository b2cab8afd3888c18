using System.Diagnostics;
using Svodka.Core.Language;

namespace Svodka.Bench.Understand;

/// <summary>language-eval: accuracy per language on the short sentences the tests pin, and detections per second.</summary>
public sealed class LanguageEvalCommand : IBenchCommand
{
    public string Name => "language-eval";
    public string Description => "accuracy on tests/Svodka.Core.Tests/testdata/language/short-sentences.tsv [--file TSV; held-out-sentences.tsv beside it was written after the detector was tuned]";

    public Task<int> RunAsync(string[] args)
    {
        var file = BenchReport.Option(args, "--file",
            Path.Combine(UnderstandPaths.RepoRoot, "tests", "Svodka.Core.Tests", "testdata", "language", "short-sentences.tsv"))!;
        var rows = File.ReadLines(file).Select(l => l.Split('\t')).Where(p => p.Length == 2).ToList();
        var detector = new LanguageDetector();
        var load = Stopwatch.StartNew();
        detector.Preload();
        load.Stop();
        Console.WriteLine($"language-eval: {rows.Count} sentences; models loaded in {load.ElapsedMilliseconds} ms; {BenchReport.PeakMemory()}");

        foreach (var group in rows.GroupBy(r => r[0]))
        {
            var wrong = group.Where(r => detector.Detect(r[1], null).Code != r[0]).ToList();
            Console.WriteLine($"{group.Key}: accuracy {1 - (double)wrong.Count / group.Count():F3} ({group.Count() - wrong.Count}/{group.Count()})"
                + string.Concat(wrong.Select(r => $"\n   wrong: {detector.Detect(r[1], null).Code}: {r[1]}")));
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        const int repeats = 20;
        for (var i = 0; i < repeats; i++)
            foreach (var r in rows) detector.Detect(r[1], null);
        watch.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"titles alone: {BenchReport.Rate(rows.Count * repeats, watch.Elapsed, "detections")} ({rows.Count * repeats / used.TotalSeconds:N0} per CPU-second)");
        return Task.FromResult(0);
    }
}
