using Svodka.Stories;
using System.Diagnostics;
using Svodka.Core.Tgnews;

namespace Svodka.Bench.Stories;

/// <summary>
/// Runs a tgnews verb end to end the way <c>svodka tgnews</c> will (read and parse every file, detect the
/// language, classify with a stand-in, cluster, rank, write the JSON) and reports documents per second and
/// peak memory. <c>all</c> runs the five verbs one after another, each from the files.
/// </summary>
public sealed class TgnewsCommand : IBenchCommand
{
    public string Name => "tgnews";
    public string Description => "tgnews VERB DIR [--out FILE]: languages|news|categories|threads|top|all over contest files; docs/s and peak memory";

    public Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: tgnews languages|news|categories|threads|top|all DIR [--out FILE]");
            return Task.FromResult(2);
        }
        var verbs = args[0] == "all" ? Enum.GetValues<TgnewsTask>() : [Enum.Parse<TgnewsTask>(args[0], ignoreCase: true)];
        var dir = args[1];
        var outPath = BenchReport.Option(args, "--out");
        // As `svodka tgnews` does: whole articles, so the short-text models are not worth their load time.
        var detector = new Svodka.Core.Language.LanguageDetector(shortTextModels: false);
        var runner = new TgnewsRunner(
            page => detector.Detect(page.Title, page.Text).Code,
            StandInClassifier.IsNews,
            StandInClassifier.Category,
            BenchData.Tagger);
        detector.Preload();

        foreach (var verb in verbs)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var pages = ContestDirectory.Read(dir);
            var read = watch.Elapsed;
            var result = runner.Run(pages, verb);
            using (var output = outPath is null ? Stream.Null : File.Create(outPath.Replace("{verb}", verb.ToString().ToLowerInvariant())))
                TgnewsJson.Write(output, result);
            watch.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var detail = verb switch
            {
                TgnewsTask.Languages => $"{result.Languages.Count} languages",
                TgnewsTask.News => $"{result.News!.Count} news",
                TgnewsTask.Categories => $"{result.News!.Count} news in 7 categories",
                _ => $"{result.News!.Count} news in {result.Threads!.Count} threads ({result.Threads!.Count(t => t.Articles.Count > 1)} with 2+ articles, largest {result.Threads!.Max(t => t.Articles.Count)})",
            };
            Console.WriteLine($"{verb.ToString().ToLowerInvariant(),-10} {BenchReport.Rate(pages.Count, watch.Elapsed, "docs")} (reading and parsing {read.TotalSeconds:F2} s; {pages.Count / cpuSeconds:N0} docs per CPU-second); {detail}; {BenchReport.PeakMemory()}");
        }
        return Task.FromResult(0);
    }
}
