using System.Collections.Concurrent;
using System.Diagnostics;
using Svodka.Core.Entities;
using Svodka.Core.Language;
using Svodka.Core.Text;
using Svodka.Core.Topics;

namespace Svodka.Bench.Understand;

/// <summary>
/// understand-speed: articles/s and peak memory of text + language + entities + topics over the
/// tgnews-round1-sample pages, on one thread and on all cores, with each stage timed alone.
/// </summary>
public sealed class UnderstandSpeedCommand : IBenchCommand
{
    public string Name => "understand-speed";
    public string Description => "text + language + entities + topics over tgnews-round1-sample [--data DIR] [--rounds N]";

    public Task<int> RunAsync(string[] args)
    {
        var data = BenchReport.Option(args, "--data", UnderstandPaths.SharedData("tgnews-round1-sample"));
        var rounds = int.Parse(BenchReport.Option(args, "--rounds", "2")!);
        var topicsFile = UnderstandPaths.TopicsFile();
        if (data is null || !Directory.Exists(data) || topicsFile is null)
        {
            Console.Error.WriteLine("understand-speed: tgnews-round1-sample or config/topics.tsv not found (pass --data DIR)");
            return Task.FromResult(2);
        }

        var pages = TgnewsPageReader.ReadAll(data);
        var chars = pages.Sum(p => (long)p.Title.Length + p.Text.Length);
        Console.WriteLine($"understand-speed: {pages.Count:N0} pages, {chars / pages.Count:N0} chars/page on average, {Environment.ProcessorCount} cores");
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var load = Stopwatch.StartNew();
        var gazetteer = UnderstandPaths.LoadGazetteer();
        var tagger = new EntityTagger(gazetteer);
        TopicMatcher topics;
        using (var reader = File.OpenText(topicsFile)) topics = new TopicMatcher(TopicTaxonomy.Load(reader));
        var detector = new LanguageDetector();
        load.Stop();
        Console.WriteLine($"load gazetteer + topics: {load.ElapsedMilliseconds} ms");

        var languages = new ConcurrentDictionary<string, int>();
        var tagged = new int[3];
        void Analyse(TgnewsPageReader.Page page)
        {
            var lang = detector.Detect(page.Title, page.Text).Code;
            languages.AddOrUpdate(lang, 1, (_, n) => n + 1); // counted over both runs of a round: halve to read
            var titleTerms = TextAnalyzer.Terms(page.Title, lang);
            var bodyTerms = TextAnalyzer.Terms(page.Text, lang);
            if (lang is "ru" or "uk" or "be")
            {
                var tags = tagger.Tag(page.Title, page.Text);
                if (tags.Regions.Count + tags.Countries.Count + tags.Persons.Count > 0) Interlocked.Increment(ref tagged[0]);
            }
            if (topics.Match(titleTerms, bodyTerms, lang).Count > 0) Interlocked.Increment(ref tagged[1]);
        }

        // Warm-up: JIT, stemmer caches, Lingua's models.
        var warm = Stopwatch.StartNew();
        foreach (var page in pages.Take(500)) Analyse(page);
        warm.Stop();
        Console.WriteLine($"warm-up (JIT, Lingua model loading) on 500 pages: {warm.ElapsedMilliseconds} ms; managed heap now {(GC.GetTotalMemory(true) - before) / (1024.0 * 1024):F0} MB above start");

        for (var round = 1; round <= rounds; round++)
        {
            languages.Clear();
            tagged[0] = tagged[1] = 0;
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
        Stage("  language  ", pages, p => detector.Detect(p.Title, p.Text));
        Stage("  terms     ", pages, p => { TextAnalyzer.Terms(p.Title, "ru"); TextAnalyzer.Terms(p.Text, "ru"); });
        var cyrillic = pages.Where(p => detector.Detect(p.Title, p.Text).Code is "ru" or "uk" or "be").ToList();
        Stage("  entities  ", cyrillic, p => tagger.Tag(p.Title, p.Text));
        var terms = cyrillic.Select(p => (TextAnalyzer.Terms(p.Title, "ru"), TextAnalyzer.Terms(p.Text, "ru"))).ToList();
        var sw = Stopwatch.StartNew();
        foreach (var (t, b) in terms) topics.Match(t, b, "ru");
        sw.Stop();
        Console.WriteLine($"  topics     {BenchReport.Rate(terms.Count, sw.Elapsed, "articles")} (on precomputed terms)");

        Console.WriteLine("languages (pages): " + string.Join(", ", languages.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value / 2}")));
        Console.WriteLine($"pages with an entity tag: {tagged[0] / 2:N0}; with a topic: {tagged[1] / 2:N0}");
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
