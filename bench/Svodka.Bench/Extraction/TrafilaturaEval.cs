using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Svodka.Ingest.Extraction;

namespace Svodka.Bench.Extraction;

/// <summary>
/// The trafilatura evaluation corpus (../shared/data/trafilatura-eval) and its official scoring:
/// whitespace-normalised substring checks of each page's must-contain ("with") and must-not-contain
/// ("without") segments. Shared by the extract-eval bench command and the test that guards the score.
/// </summary>
public static partial class TrafilaturaEval
{
    public sealed record Page(string Url, string Path, IReadOnlyList<string> With, IReadOnlyList<string> Without)
    {
        /// <summary>The page's markup, decoded as a crawler would (no Content-Type header is stored).</summary>
        public string ReadHtml()
        {
            using var file = File.OpenRead(Path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            return PageDecoding.Decode(buffer.ToArray(), null);
        }
    }

    public static IReadOnlyList<Page> Load(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(System.IO.Path.Combine(folder, "evaldata.json")));
        var pages = new List<Page>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString()!;
            var path = new[] { "cache", "eval" }.Select(d => System.IO.Path.Combine(folder, "html", d, file + ".gz")).FirstOrDefault(File.Exists);
            if (path is null) continue;
            pages.Add(new Page(entry.Name, path, Strings(entry.Value, "with"), Strings(entry.Value, "without")));
        }
        return pages;
    }

    /// <summary>Scores one extractor over the pages, in parallel; a throw or empty output scores as the README says.</summary>
    public static Score Run(IReadOnlyList<Page> pages, Func<string, Uri, string?> extract, IReadOnlyDictionary<Page, string>? htmlCache = null)
    {
        var score = new Score();
        var results = new ConcurrentBag<(Page, string?)>();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, page =>
        {
            string? text;
            try
            {
                var html = htmlCache?.GetValueOrDefault(page) ?? page.ReadHtml();
                text = extract(html, new Uri(page.Url));
            }
            catch (Exception)
            {
                text = null;
            }
            results.Add((page, text));
        });
        foreach (var (page, text) in results) score.Add(page, text);
        return score;
    }

    public sealed class Score
    {
        public int TruePositives, FalseNegatives, FalsePositives, TrueNegatives, Pages, PagesAllRight, Failures;

        public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
        public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + TrueNegatives + FalsePositives + FalseNegatives);
        /// <summary>Pages where every must-contain segment is present and no must-not-contain segment is.</summary>
        public double PageShare => Ratio(PagesAllRight, Pages);

        public void Add(Page page, string? output)
        {
            Pages++;
            if (string.IsNullOrWhiteSpace(output))
            {
                Failures++;
                FalseNegatives += page.With.Count;
                TrueNegatives += page.Without.Count;
                return;
            }
            var normalised = Normalise(output);
            var found = page.With.Count(s => normalised.Contains(Normalise(s), StringComparison.Ordinal));
            var leaked = page.Without.Count(s => normalised.Contains(Normalise(s), StringComparison.Ordinal));
            TruePositives += found;
            FalseNegatives += page.With.Count - found;
            FalsePositives += leaked;
            TrueNegatives += page.Without.Count - leaked;
            if (found == page.With.Count && leaked == 0) PagesAllRight++;
        }

        public override string ToString() =>
            $"pages all right {PageShare:P1} ({PagesAllRight}/{Pages})  precision {Precision:F3}  recall {Recall:F3}  F1 {F1:F3}  accuracy {Accuracy:F3}  empty/failed {Failures}";

        private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    }

    public static string Normalise(string s) => Whitespace().Replace(s, " ").Trim();

    private static string[] Strings(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(s => s.Length > 0).ToArray()
            : [];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
