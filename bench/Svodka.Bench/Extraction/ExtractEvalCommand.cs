using System.Diagnostics;
using Svodka.Ingest.Extraction;

namespace Svodka.Bench.Extraction;

/// <summary>
/// `extract-eval [--data DIR] [--misses N] [--page URL-PART] [--no-baseline]`: Svodka's extractor and bare SmartReader side by side on the
/// trafilatura corpus, scored the same way; --misses lists pages Svodka gets wrong, for study.
/// </summary>
public sealed class ExtractEvalCommand : IBenchCommand
{
    public string Name => "extract-eval";
    public string Description => "article extraction accuracy on ../shared/data/trafilatura-eval: Svodka vs bare SmartReader";

    public Task<int> RunAsync(string[] args)
    {
        var folder = BenchReport.Option(args, "--data") ?? SharedData.Folder("trafilatura-eval");
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("extract-eval: ../shared/data/trafilatura-eval not found (use --data DIR)");
            return Task.FromResult(2);
        }
        var pages = TrafilaturaEval.Load(folder);
        if (BenchReport.Option(args, "--page") is { } only)
            return Task.FromResult(ShowPages(pages.Where(p => p.Url.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList()));
        Console.WriteLine($"{pages.Count} pages from {folder}");
        var html = pages.ToDictionary(p => p, p => p.ReadHtml());

        var extractor = new ArticleExtractor();
        var sw = Stopwatch.StartNew();
        var svodka = TrafilaturaEval.Run(pages, (h, u) => extractor.Extract(h, u).Text, html);
        var svodkaTime = sw.Elapsed;
        Console.WriteLine($"Svodka       {svodka}  ({svodkaTime.TotalSeconds:F1} s)");
        if (!args.Contains("--no-baseline"))
        {
            sw.Restart();
            var smartReader = TrafilaturaEval.Run(pages, (h, u) => new SmartReader.Reader(u.AbsoluteUri, h).GetArticle().TextContent, html);
            Console.WriteLine($"SmartReader  {smartReader}  ({sw.Elapsed.TotalSeconds:F1} s)");
        }
        Console.WriteLine(BenchReport.PeakMemory());

        if (int.TryParse(BenchReport.Option(args, "--misses"), out var misses))
            ListMisses(pages, html, extractor, misses);
        return Task.FromResult(0);
    }

    private static void ListMisses(IReadOnlyList<TrafilaturaEval.Page> pages, Dictionary<TrafilaturaEval.Page, string> html, ArticleExtractor extractor, int count)
    {
        foreach (var page in pages)
        {
            if (count <= 0) break;
            string text;
            try { text = TrafilaturaEval.Normalise(extractor.Extract(html[page], new Uri(page.Url)).Text); }
            catch (ExtractionException e) { text = ""; Console.WriteLine($"FAIL {page.Url}: {e.Message}"); }
            var missing = page.With.Where(s => !text.Contains(TrafilaturaEval.Normalise(s), StringComparison.Ordinal)).ToList();
            var leaked = page.Without.Where(s => text.Contains(TrafilaturaEval.Normalise(s), StringComparison.Ordinal)).ToList();
            if (missing.Count == 0 && leaked.Count == 0) continue;
            count--;
            Console.WriteLine($"--- {page.Url} ({Path.GetFileName(page.Path)}, {text.Length} chars)");
            foreach (var m in missing) Console.WriteLine($"  missing: {Cut(m)}");
            foreach (var l in leaked) Console.WriteLine($"  leaked:  {Cut(l)} @{100 * text.IndexOf(TrafilaturaEval.Normalise(l), StringComparison.Ordinal) / Math.Max(1, text.Length)}%");
        }
    }

    /// <summary>--page SUBSTRING: the extracted text of matching pages, with what the corpus expects.</summary>
    private static int ShowPages(IReadOnlyList<TrafilaturaEval.Page> pages)
    {
        foreach (var page in pages)
        {
            Console.WriteLine($"=== {page.Url} ({page.Path})");
            foreach (var s in page.With) Console.WriteLine($"  with:    {Cut(s)}");
            foreach (var s in page.Without) Console.WriteLine($"  without: {Cut(s)}");
            try { Console.WriteLine(new ArticleExtractor().Extract(page.ReadHtml(), new Uri(page.Url)).Text); }
            catch (ExtractionException e) { Console.WriteLine("FAIL " + e.Message); }
        }
        return 0;
    }

    private static string Cut(string s) => s.Length > 100 ? s[..100] + "…" : s;
}
