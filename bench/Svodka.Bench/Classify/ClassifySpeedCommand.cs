using Svodka.Understanding;
using System.Diagnostics;
using Svodka.Core.Classify;
using Svodka.Core.Tgnews;
using Svodka.Stories;
using Svodka.Core.Language;

namespace Svodka.Bench.Classify;

/// <summary>
/// Articles per second through <see cref="ArticleClassifier.Classify"/> (news / not news and rubric) on the
/// tgnews-round1-sample pages, on as many threads as cores (--threads N), with language detection in the
/// timed loop when --with-language is given. Pages are parsed and, without --with-language, their language
/// detected before the clock starts: the figure is the classifier's own.
/// </summary>
public sealed class ClassifySpeedCommand : IBenchCommand
{
    public string Name => "classify-speed";
    public string Description => "articles/s of news + rubric classification on tgnews-round1-sample, and peak memory";

    public Task<int> RunAsync(string[] args)
    {
        if (TrainingInputs.SharedData is not { } root || !Directory.Exists(Path.Combine(root, "tgnews-round1-sample")))
        {
            Console.Error.WriteLine("../shared/data/tgnews-round1-sample is absent: nothing to classify");
            return Task.FromResult(1);
        }
        var threads = int.Parse(BenchReport.Option(args, "--threads", Environment.ProcessorCount.ToString())!);
        var rounds = int.Parse(BenchReport.Option(args, "--rounds", "3")!);
        var withLanguage = args.Contains("--with-language");

        using var model = File.OpenRead(TrainingInputs.ModelPath);
        var load = Stopwatch.StartNew();
        var classifier = ArticleClassifier.Load(model);
        Console.WriteLine($"model loaded in {load.ElapsedMilliseconds} ms");

        var languages = new LanguageDetector();
        languages.Preload();
        var pages = ContestDirectory.Files(Path.Combine(root, "tgnews-round1-sample"))
            .Select(ContestDirectory.TryRead).OfType<ContestPage>()
            .Select(p => (p.Title, p.Text, Language: withLanguage ? "" : languages.Detect(p.Title, p.Text).Code, p.Url))
            .ToArray();
        Console.WriteLine($"{pages.Length:N0} pages, mean text {pages.Average(p => p.Text.Length):N0} chars, {threads} threads"
            + (withLanguage ? ", language detection timed too" : ""));

        // One untimed pass: JIT, stemmer caches and prediction engines warm, as in a running service.
        Run(pages, classifier, languages, withLanguage, threads);
        var best = TimeSpan.MaxValue;
        var counts = new Dictionary<string, int>();
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            counts = Run(pages, classifier, languages, withLanguage, threads);
            if (clock.Elapsed < best) best = clock.Elapsed;
        }
        Console.WriteLine(BenchReport.Rate(pages.Length, best, "articles") + $" (best of {rounds})");
        Console.WriteLine(BenchReport.PeakMemory());
        Console.WriteLine("rubrics: " + string.Join(", ", counts.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}")));
        return Task.FromResult(0);
    }

    private static Dictionary<string, int> Run((string Title, string Text, string Language, string Url)[] pages, ArticleClassifier classifier,
        LanguageDetector languages, bool withLanguage, int threads)
    {
        var rubrics = new string[pages.Length];
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var (title, text, language, url) = pages[i];
            if (withLanguage) language = languages.Detect(title, text).Code;
            rubrics[i] = classifier.Classify(title, text, language, url).Rubric;
        });
        return rubrics.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
    }
}
