using System.Diagnostics;
using Svodka.Core.Stories;
using Svodka.Core.Tgnews;

namespace Svodka.Bench.Stories;

/// <summary>
/// CPU time per document of each stage of the threads verb, on one thread, so the figures hold on a busy
/// machine: parsing, language, stand-in classification, story features (with entities), clustering,
/// summaries and ranking.
/// </summary>
public sealed class TgnewsProfileCommand : IBenchCommand
{
    public string Name => "tgnews-profile";
    public string Description => "tgnews-profile DIR [--limit N]: CPU µs per document of each stage of `threads`, single-threaded";

    public Task<int> RunAsync(string[] args)
    {
        var dir = args.Length > 0 ? args[0] : Path.Combine(BenchData.SharedData, "tgnews-round1-sample");
        var limit = int.Parse(BenchReport.Option(args, "--limit", "100000")!);
        var files = Directory.EnumerateFiles(dir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(limit).ToList();
        var html = files.Select(f => (Path: f, Html: File.ReadAllText(f))).ToList();
        // As `svodka tgnews` does: whole articles, so the short-text models are not worth their load time.
        var detector = new Svodka.Core.Language.LanguageDetector(shortTextModels: false);
        detector.Preload();
        _ = BenchData.Tagger;

        var pages = Measure("parse", html.Count, () => html.Select(h => { try { return ContestPage.Parse(h.Html, h.Path); } catch (FormatException) { return null; } }).Where(p => p is not null).Select(p => p!).ToList());
        var langs = Measure("language", pages.Count, () => pages.Select(p => detector.Detect(p.Title, p.Text).Code).ToList());
        Console.WriteLine($"  decided by the trigram model: {detector.ModelCalls} of {pages.Count} pages");
        Measure("  again (JIT warm)", pages.Count, () => pages.Select(p => detector.Detect(p.Title, p.Text).Code).ToList());
        var ruEn = pages.Zip(langs).Where(x => x.Second is "ru" or "en").ToList();
        var news = Measure("news+category", ruEn.Count, () => ruEn.Where(x => StandInClassifier.IsNews(x.First, x.Second)).Select(x => (Page: x.First, Lang: x.Second, Cat: StandInClassifier.Category(x.First, x.Second))).ToList());
        ProfileTrainedClassifier(ruEn.Select(x => (x.First, x.Second)).ToList());
        var featurizer = new StoryFeaturizer(null, BenchData.Tagger);
        var plain = new StoryFeaturizer();
        // Warm the featurizer outside the clock: its first calls pay for JIT and static tables, not for featurising.
        foreach (var n in news.Take(50)) plain.Featurize(n.Page.Name, n.Page.Title, n.Page.Text, n.Page.Published, n.Page.SiteName, n.Lang);
        Measure("features without entities", news.Count, () => news.Select(n => plain.Featurize(n.Page.Name, n.Page.Title, n.Page.Text, n.Page.Published, n.Page.SiteName, n.Lang)).ToList());
        // The first pass pays for tiering up what featurising calls (tier-0 code, PGO instrumentation, tier-1 JIT) beside the work.
        Measure("  again (JIT warm)", news.Count, () => news.Select(n => plain.Featurize(n.Page.Name, n.Page.Title, n.Page.Text, n.Page.Published, n.Page.SiteName, n.Lang)).ToList());
        var leads = Measure("  lead", news.Count, () => news.Select(n => LeadText.Of(n.Page.Text)).ToList());
        Measure("  terms", news.Count, () => news.Zip(leads).Select(n => Svodka.Core.Text.TextAnalyzer.Terms(n.First.Page.Title, n.First.Lang).Count + Svodka.Core.Text.TextAnalyzer.Terms(n.Second, n.First.Lang).Count).ToList());
        Measure("  numbers", news.Count, () => news.Zip(leads).Select(n => SalientNumbers.Of(n.First.Page.Title).Count + SalientNumbers.Of(n.Second).Count).ToList());
        Measure("  names (title, lead)", news.Count, () => news.Zip(leads).Select(n => NameTerms.Of(n.First.Page.Title, n.Second, n.First.Lang).All.Length).ToList());
        Measure("  names (body)", news.Count, () => news.Select(n => NameTerms.Of(string.Empty,
            Svodka.Core.Text.TextNormalizer.Normalize(n.Page.Text.Length > StoryFeatures.BodyChars ? n.Page.Text[..StoryFeatures.BodyChars] : n.Page.Text), n.Lang).All.Length).ToList());
        Measure("  MinHash", news.Count, () => news.Select(n => ShingleSignature.Of(n.Page.Text)).ToList());
        Measure("entities (ru)", news.Count, () => news.Where(n => n.Lang == "ru").Select(n => BenchData.Tagger.Tag(n.Page.Title, LeadText.Of(n.Page.Text))).ToList());
        var features = news.Select(n => featurizer.Featurize(n.Page.Name, n.Page.Title, n.Page.Text, n.Page.Published, n.Page.SiteName, n.Lang) with { Rubric = n.Cat }).ToList();
        var clusterer = new StoryClusterer();
        Measure("clustering", features.Count, () => clusterer.AddBatch(features));
        var again = new StoryClusterer();
        Measure("clustering (JIT warm)", features.Count, () => again.AddBatch(features));
        var summaries = Measure("summaries", features.Count, () => clusterer.Stories.Select(s => StorySummary.Of(s, clusterer.Frequencies)).ToList());
        Measure("ranking", features.Count, () => new Svodka.Core.Ranking.StoryRanker().RankAll(summaries, features.Max(f => f.Published)));
        Console.WriteLine($"{pages.Count} pages, {ruEn.Count} ru/en, {news.Count} news, {clusterer.Stories.Count()} stories; {BenchReport.PeakMemory()}");
        return Task.FromResult(0);
    }

    /// <summary>
    /// The trained classifier (models/classifier.zip) as `svodka tgnews` runs it: scored directly, and through ML.NET's
    /// prediction engines for comparison. Loading is one figure for the whole load (count 1).
    /// </summary>
    private static void ProfileTrainedClassifier(List<(ContestPage Page, string Language)> pages)
    {
        if (!File.Exists(Svodka.Understanding.TrainingInputs.ModelPath)) return;
        foreach (var direct in new[] { true, false })
        {
            var how = direct ? "direct" : "ML.NET engines";
            Svodka.Core.Classify.ArticleClassifier classifier;
            using (var model = File.OpenRead(Svodka.Understanding.TrainingInputs.ModelPath))
                classifier = Measure($"classifier load ({how}, whole load)", 1, () => Svodka.Core.Classify.ArticleClassifier.Load(model, direct));
            Measure($"classify ({how})", pages.Count, () => pages.Count(p => classifier.Classify(p.Page.Title, p.Page.Text, p.Language).IsNews));
            Measure($"  again (JIT warm)", pages.Count, () => pages.Count(p => classifier.Classify(p.Page.Title, p.Page.Text, p.Language).IsNews));
            if (!direct) continue;
            Measure($"  not-news rules", pages.Count, () => pages.Count(p => Svodka.Core.Classify.NotNewsRules.Match(p.Page.Title, p.Page.Text) is null));
            var docs = Measure($"  terms document", pages.Count, () => pages.Select(p => Svodka.Core.Classify.Features.ArticleTerms.Document(p.Page.Title, p.Page.Text, p.Language, 1500, 1, true)).ToList());
            Measure($"  scoring", pages.Count, () => docs.Count(d => classifier.Score(d).News > 0.5));
        }
    }

    private static T Measure<T>(string stage, int count, Func<T> work)
    {
        var thread = ProcessThreadTime();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        var result = work();
        var cpu = ProcessThreadTime() - thread;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"{stage,-26} {cpu.TotalMilliseconds * 1000 / Math.Max(1, count),8:F0} µs CPU/doc  {bytes / 1024.0 / Math.Max(1, count),7:F1} KB/doc  ({count} docs, wall {wall.Elapsed.TotalSeconds:F2} s)");
        return result;
    }

    /// <summary>CPU time of the process (the stages run on one thread; the runtime's own threads add little).</summary>
    private static TimeSpan ProcessThreadTime()
    {
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime;
    }
}
