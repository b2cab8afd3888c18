using System.Globalization;
using Svodka.Core.Stories;
using Svodka.Core.Stories.Evaluation;

namespace Svodka.Bench.Stories;

/// <summary>
/// Pair precision, recall and F1 of "same story" on the Toloka pools (train pools tune, the exam pool
/// measures). <c>--verbose</c> lists the pairs decided wrongly with the direct match score of the two
/// articles; <c>--join X</c> / <c>--merge X</c> try other thresholds.
/// </summary>
public sealed class StoriesPairsCommand : IBenchCommand
{
    public string Name => "stories-pairs";
    public string Description => "pair P/R/F1 of story clustering on tgcontest-toloka ru_train, ru_exam, en_train pools [--verbose] [--join X] [--background: start IDF from the shipped background table]";

    private static readonly string[] Pools = ["ru_train_pool.tsv", "ru_exam_pool.tsv", "en_train_pool.tsv"];

    public Task<int> RunAsync(string[] args)
    {
        var folder = Path.Combine(BenchData.SharedData, "tgcontest-toloka");
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"stories-pairs: {folder} is absent");
            return Task.FromResult(1);
        }
        var options = new StoryClustererOptions();
        if (BenchReport.Option(args, "--join") is { } join) options = options with { JoinThreshold = double.Parse(join, CultureInfo.InvariantCulture) };
        if (BenchReport.Option(args, "--merge") is { } merge) options = options with { MergeThreshold = double.Parse(merge, CultureInfo.InvariantCulture) };
        if (BenchReport.Option(args, "--coverage") is { } coverage) options = options with { CoverageWeight = double.Parse(coverage, CultureInfo.InvariantCulture) };
        if (BenchReport.Option(args, "--entity") is { } entity) options = options with { EntityWeight = double.Parse(entity, CultureInfo.InvariantCulture) };
        if (BenchReport.Option(args, "--names") is { } names) options = options with { NamePenalty = double.Parse(names, CultureInfo.InvariantCulture) };
        var verbose = args.Contains("--verbose");
        var background = args.Contains("--background") ? Background() : null;

        if (args.Contains("--sweep"))
        {
            Sweep(folder, options, background);
            return Task.FromResult(0);
        }
        foreach (var pool in Pools)
        {
            using var reader = File.OpenText(Path.Combine(folder, pool));
            var pairs = TolokaPairReader.Read(reader);
            var result = PairEvaluation.Run(pairs, BenchData.Featurizer, options, background is null ? null : DocumentFrequencies.Import(background.Export()));
            Console.WriteLine($"{pool,-20} {result.Scores}");
            if (!verbose) continue;
            var direct = DirectScores(pairs, options, background);
            foreach (var o in result.Outcomes)
            {
                Console.WriteLine($"  {(o.Correct ? "  " : "XX")} {(o.Pair.SameStory ? "OK " : "BAD")} {direct(o.Pair)}");
                Console.WriteLine($"       {Cut(o.Pair.First.Title)} | {Cut(o.Pair.Second.Title)}");
            }
        }
        return Task.FromResult(0);
    }

    /// <summary>The second article scored against a story of the first alone, with IDF from the whole pool.</summary>
    private static Func<TolokaPair, string> DirectScores(IReadOnlyList<TolokaPair> pairs, StoryClustererOptions options, DocumentFrequencies? background)
    {
        var time = DateTimeOffset.UnixEpoch;
        var features = pairs.SelectMany(p => new[] { p.First, p.Second }).DistinctBy(a => a.Url)
            .ToDictionary(a => a.Url, a => BenchData.Featurizer.Featurize(a.Url, a.Title, a.Text, time, SourceIds.FromUrl(a.Url)));
        var df = background is null ? new DocumentFrequencies() : DocumentFrequencies.Import(background.Export());
        foreach (var f in features.Values) df.Add(f);
        return pair =>
        {
            var a = features[pair.First.Url];
            var b = features[pair.Second.Url];
            var story = new Story(1, a.Language);
            story.Add(new StoryMember(a, 1, null));
            var idf = new IdfTable(df, b.Language);
            idf.Refresh();
            var s = StoryMatcher.Score(new ArticleVector(b, idf.AsFunc(), options.CandidateKeys), story, idf, options);
            var copy = ShingleSignature.Similarity(a.Signature, b.Signature);
            return FormattableString.Invariant(
                $"text {s.Text:F2} cov {s.Coverage:F2} names {s.Names:F2} ent {s.Entities:F2} num {s.Numbers:F2} dates {s.Dates} qty {(s.QuantityConflict ? "differ" : "ok")} copy {copy:F2} total {s.Total:F2}");
        };
    }

    /// <summary>F1 on every pool for join thresholds around the configured one: where the train pools peak, and whether the exam pool agrees.</summary>
    private static void Sweep(string folder, StoryClustererOptions options, DocumentFrequencies? background)
    {
        var pools = Pools.Select(p =>
        {
            using var reader = File.OpenText(Path.Combine(folder, p));
            return (Name: p, Pairs: TolokaPairReader.Read(reader));
        }).ToList();
        for (var join = 0.30; join <= 0.801; join += 0.025)
        {
            var line = FormattableString.Invariant($"join {join:F3}");
            foreach (var (name, pairs) in pools)
            {
                var s = PairEvaluation.Run(pairs, BenchData.Featurizer, options with { JoinThreshold = join },
                    background is null ? null : DocumentFrequencies.Import(background.Export())).Scores;
                line += FormattableString.Invariant($"  {name[..^9]} P {s.Precision:F2} R {s.Recall:F2} F1 {s.F1:F3}");
            }
            Console.WriteLine(line);
        }
    }

    /// <summary>The background table the product ships (models/story-frequencies.tsv.gz, written by `svodka train --only frequencies`).</summary>
    private static DocumentFrequencies Background()
    {
        var df = Svodka.Understanding.StoryBackground.Load(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Console.WriteLine($"background: {df.Documents("ru")} ru, {df.Documents("en")} en articles from {Svodka.Understanding.StoryBackground.ShippedFile}");
        return df;
    }

    private static string Cut(string s) => s.Length <= 70 ? s : s[..70];
}
