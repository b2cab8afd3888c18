using Svodka.Understanding;
using System.Diagnostics;
using Svodka.Core.Classify;
using Svodka.Core.Classify.Evaluation;
using Svodka.Core.Classify.Training;
using Svodka.Core.Language;

namespace Svodka.Bench.Classify;

/// <summary>
/// k-fold cross-validation over the contest's own labels, the figures training choices are made by: the
/// tgcontest-toloka training rows and tgcontest-extra's category rows are scored on the eight labels, and
/// tgcontest-extra's headlines on news / not news. Every configuration scores the same articles; what it learns
/// from is every source (or --sources a,b) less the fold held out. Configurations come from the arguments,
/// or one per line of --configs FILE ("name: --balance 1 --sources toloka,ria"; '#' starts a comment).
/// Columns: accuracy over ru and en rows, over the Toloka rows alone, accuracy with each label weighted by its
/// share of the Toloka training rows (the crowd files' mix, which tgcontest-extra's 68 % society is not),
/// macro F1, society precision (over-prediction shows there), not_news P/R, and on the headlines news /
/// not-news accuracy and not_news P/R. --verbose adds the confusion table, --errors every article scored wrongly.
/// </summary>
public sealed class ClassifyCrossValidateCommand : IBenchCommand
{
    public string Name => "classify-cv";
    public string Description => "k-fold CV over the contest labels for one or more training configurations (--configs FILE)";

    private static readonly HashSet<string> Scored = [LabelOrigins.Toloka, LabelOrigins.TgcontestExtra, LabelOrigins.TgcontestHeadlines];

    public Task<int> RunAsync(string[] args)
    {
        var set = TrainingInputs.Assemble(new LanguageDetector());
        if (args.Contains("--notes")) foreach (var note in set.Notes) Console.WriteLine("  " + note);
        var folds = int.Parse(BenchReport.Option(args, "--folds", "5")!);
        var repeats = int.Parse(BenchReport.Option(args, "--repeats", "1")!);
        var configs = BenchReport.Option(args, "--configs") is { } file
            ? File.ReadLines(file).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0)
                .Select(l => l.Contains(':') ? (l[..l.IndexOf(':')].Trim(), l[(l.IndexOf(':') + 1)..].Trim()) : (l, l)).ToList()
            : [("args", string.Join(' ', args))];

        var toloka = set.Examples.Where(e => e.Origin == LabelOrigins.Toloka).ToList();
        var prior = Rubrics.All.ToDictionary(l => l, l => (double)toloka.Count(e => e.Label == l) / Math.Max(1, toloka.Count));
        Console.WriteLine($"{folds}-fold CV x{repeats}; scored: {set.Examples.Count(e => Scored.Contains(e.Origin))} rows "
            + $"({string.Join(", ", Scored.Select(o => $"{o} {set.Examples.Count(e => e.Origin == o)}"))})");
        Console.WriteLine($"{"config",-28} {"ru",6} {"en",6} {"toloka",6} {"w-acc",6} {"macF1",6} {"socP",6} {"nnP",5} {"nnR",5} | {"hl acc",6} {"hl nnP",6} {"hl nnR",6} {"s",5}");
        foreach (var (name, line) in configs)
        {
            var argv = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var options = ClassifyAblationCommand.Options(argv);
            var sources = BenchReport.Option(argv, "--sources")?.Split(',').ToHashSet() ?? LabelOrigins.All.ToHashSet();
            var clock = Stopwatch.StartNew();
            var predictions = new List<(LabelledExample Example, ClassifiedArticle Result)>();
            for (var r = 0; r < repeats; r++)
                predictions.AddRange(CrossValidation.Predict(set.Examples, e => Scored.Contains(e.Origin), e => sources.Contains(e.Origin), folds, options, seed: 1 + r));

            var rubric = predictions.Where(p => p.Example.Origin != LabelOrigins.TgcontestHeadlines).ToList();
            EvaluationReport Report(IEnumerable<(LabelledExample Example, ClassifiedArticle Result)> ps) =>
                CategoryEvaluation.Evaluate(ps.Select(p => (p.Example.Label, p.Result.Rubric)));
            var all = Report(rubric);
            var ru = Report(rubric.Where(p => p.Example.Language == "ru"));
            var en = Report(rubric.Where(p => p.Example.Language == "en"));
            var tolokaOnly = Report(rubric.Where(p => p.Example.Origin == LabelOrigins.Toloka));
            var weighted = prior.Sum(kv => kv.Value * (all.For(kv.Key) is { Expected: > 0 } s ? s.Recall : 0));
            var headlines = CategoryEvaluation.Evaluate(predictions.Where(p => p.Example.Origin == LabelOrigins.TgcontestHeadlines)
                .Select(p => (p.Example.Label == Rubrics.NotNews ? "not_news" : "news", p.Result.IsNews ? "news" : "not_news")));
            var nn = all.For(Rubrics.NotNews);
            var hn = headlines.For(Rubrics.NotNews);
            Console.WriteLine($"{name,-28} {ru.Accuracy,6:F3} {en.Accuracy,6:F3} {tolokaOnly.Accuracy,6:F3} {weighted,6:F3} {all.MacroF1,6:F3} "
                + $"{all.For(Rubrics.Society).Precision,6:F3} {nn.Precision,5:F2} {nn.Recall,5:F2} | {headlines.Accuracy,6:F3} {hn.Precision,6:F2} {hn.Recall,6:F2} {clock.Elapsed.TotalSeconds,5:F0}");
            if (args.Contains("--verbose")) Console.WriteLine(all.ToText());
            if (args.Contains("--errors"))
                foreach (var (example, result) in rubric.Where(p => p.Example.Label != p.Result.Rubric).OrderBy(p => p.Example.Label).ThenBy(p => p.Result.Rubric))
                    Console.WriteLine($"  {example.Origin,-16} {example.Language} {example.Label,-13} -> {result.Rubric,-13} {(example.Title.Length > 0 ? example.Title : example.Text[..Math.Min(140, example.Text.Length)].ReplaceLineEndings(" "))}");
        }
        return Task.FromResult(0);
    }
}
