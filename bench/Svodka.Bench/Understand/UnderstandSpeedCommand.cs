using System.Collections.Concurrent;
using System.Diagnostics;
using Svodka.Core.Classify;
using Svodka.Core.Tgnews;
using Svodka.Core.Entities;
using Svodka.Core.Language;
using Svodka.Core.Model;
using Svodka.Core.Text;
using Svodka.Core.Topics;
using Svodka.Core.Understanding;
using Svodka.Stories;

namespace Svodka.Bench.Understand;

/// <summary>
/// understand-speed: articles/s and peak memory of the whole understanding stage, <see cref="ArticleAnalyzer"/> as
/// ingest runs it (language, news or not, rubric with the page's address, topics, regions, countries and persons),
/// over the tgnews-round1-sample pages, on one thread and on all cores, with each stage timed alone.
/// </summary>
public sealed class UnderstandSpeedCommand : IBenchCommand
{
    public string Name => "understand-speed";
    public string Description => "the whole analysis (language, news, rubric, topics, entities) over tgnews-round1-sample [--data DIR] [--rounds N]";

    public Task<int> RunAsync(string[] args)
    {
        var data = BenchReport.Option(args, "--data", UnderstandPaths.SharedData("tgnews-round1-sample"));
        var rounds = int.Parse(BenchReport.Option(args, "--rounds", "2")!);
        var topicsFile = UnderstandPaths.TopicsFile();
        var modelFile = Path.Combine(UnderstandPaths.RepoRoot, "models", "classifier.zip");
        if (data is null || !Directory.Exists(data) || topicsFile is null || !File.Exists(modelFile))
        {
            Console.Error.WriteLine("understand-speed: tgnews-round1-sample, config/topics.tsv or models/classifier.zip not found (pass --data DIR)");
            return Task.FromResult(2);
        }

        var pages = ContestDirectory.Files(data).Select(ContestDirectory.TryRead).OfType<ContestPage>().ToList();
        var chars = pages.Sum(p => (long)p.Title.Length + p.Text.Length);
        Console.WriteLine($"understand-speed: {pages.Count:N0} pages, {chars / pages.Count:N0} chars/page on average, {Environment.ProcessorCount} cores");
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var load = Stopwatch.StartNew();
        var tagger = new EntityTagger(UnderstandPaths.LoadGazetteer());
        TopicMatcher topics;
        using (var reader = File.OpenText(topicsFile)) topics = new TopicMatcher(TopicTaxonomy.Load(reader));
        ArticleClassifier classifier;
        using (var model = File.OpenRead(modelFile)) classifier = ArticleClassifier.Load(model);
        var detector = new LanguageDetector();
        var analyzer = new ArticleAnalyzer(detector, classifier, tagger, topics);
        load.Stop();
        Console.WriteLine($"load gazetteer, topics and classifier: {load.ElapsedMilliseconds} ms");

        var languages = new ConcurrentDictionary<string, int>();
        var counted = new int[3];
        void Analyse(ContestPage page)
        {
            var analysis = analyzer.Analyse(page.Title, page.Text, page.Url);
            languages.AddOrUpdate(analysis.Language, 1, (_, n) => n + 1); // counted over both runs of a round: halve to read
            if (analysis.IsNews) Interlocked.Increment(ref counted[0]);
            if (analysis.Tags.Any(t => t.Kind is TagKind.Region or TagKind.Country or TagKind.Person)) Interlocked.Increment(ref counted[1]);
            if (analysis.Tags.Any(t => t.Kind == TagKind.Topic)) Interlocked.Increment(ref counted[2]);
        }

        // Warm-up: JIT, stemmer caches, Lingua's models.
        var warm = Stopwatch.StartNew();
        foreach (var page in pages.Take(500)) Analyse(page);
        warm.Stop();
        Console.WriteLine($"warm-up (JIT, Lingua model loading) on 500 pages: {warm.ElapsedMilliseconds} ms; managed heap now {(GC.GetTotalMemory(true) - before) / (1024.0 * 1024):F0} MB above start");

        for (var round = 1; round <= rounds; round++)
        {
            languages.Clear();
            Array.Clear(counted);
            var cpu = CpuTime();
            var one = Stopwatch.StartNew();
            foreach (var page in pages) Analyse(page);
            one.Stop();
            var oneCpu = CpuTime() - cpu;
            var all = Stopwatch.StartNew();
            Parallel.ForEach(pages, Analyse);
            all.Stop();
            Console.WriteLine($"round {round}: 1 thread {BenchReport.Rate(pages.Count, one.Elapsed, "articles")} ({pages.Count / oneCpu.TotalSeconds:N0} per CPU-second); all cores {BenchReport.Rate(pages.Count, all.Elapsed, "articles")}");
        }

        Console.WriteLine("stages alone, 1 thread:");
        var detected = pages.Select(p => (Page: p, Language: detector.Detect(p.Title, p.Text).Code)).ToList();
        Stage("  language  ", pages, p => detector.Detect(p.Title, p.Text));
        Stage("  classify  ", detected, p => classifier.Classify(p.Page.Title, p.Page.Text, p.Language, p.Page.Url));
        Stage("  entities  ", pages, p => tagger.Tag(p.Title, p.Text));
        var terms = detected.Select(p => (TextAnalyzer.Terms(p.Page.Title, p.Language), TextAnalyzer.Terms(p.Page.Text, p.Language), p.Language)).ToList();
        var sw = Stopwatch.StartNew();
        foreach (var (t, b, language) in terms) topics.Match(t, b, language);
        sw.Stop();
        Console.WriteLine($"  topics     {BenchReport.Rate(terms.Count, sw.Elapsed, "articles")} (on precomputed terms)");

        Console.WriteLine("languages (pages): " + string.Join(", ", languages.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value / 2}")));
        Console.WriteLine($"news: {counted[0] / 2:N0}; pages with a region, country or person tag: {counted[1] / 2:N0}; with a topic: {counted[2] / 2:N0}");
        Console.WriteLine(BenchReport.PeakMemory());
        return Task.FromResult(0);
    }

    private static void Stage<T>(string name, IReadOnlyList<T> items, Action<T> action)
    {
        var cpu = CpuTime();
        var sw = Stopwatch.StartNew();
        foreach (var item in items) action(item);
        sw.Stop();
        var used = CpuTime() - cpu;
        Console.WriteLine($"{name}{BenchReport.Rate(items.Count, sw.Elapsed, "articles")} ({items.Count / used.TotalSeconds:N0} per CPU-second)");
    }

    /// <summary>CPU time of this process: on a machine shared with other builds, wall time alone says little.</summary>
    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
