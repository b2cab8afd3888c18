using Svodka.Understanding;
using System.Diagnostics;
using Svodka.Core.Classify;
using Svodka.Core.Classify.Evaluation;
using Svodka.Core.Classify.Training;
using Svodka.Core.Language;

namespace Svodka.Bench.Classify;

/// <summary>
/// Trains models/classifier.zip from every source found (what `svodka train` does) and scores it on the exam
/// files once, with the rows' addresses (as `svodka eval categories` does) and without them. Takes the training
/// options classify-cv does (--l1 auto, --url-weight W …), and says how many terms the rubric model weighs.
/// </summary>
public sealed class ClassifyTrainCommand : IBenchCommand
{
    public string Name => "classify-train";
    public string Description => "train models/classifier.zip (or --out FILE) from all label sources [training options as classify-cv], then score it on the exam files";

    public Task<int> RunAsync(string[] args)
    {
        var output = BenchReport.Option(args, "--out", TrainingInputs.ModelPath)!;
        var clock = Stopwatch.StartNew();
        var set = TrainingInputs.Assemble(new LanguageDetector());
        foreach (var note in set.Notes) Console.WriteLine("  " + note);
        Console.WriteLine($"assembled {set.Examples.Count} examples in {clock.Elapsed.TotalSeconds:F1} s");

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        TrainingReport report;
        using (var file = File.Create(output)) report = ClassifierTrainer.Train(set.Examples, file, ClassifyAblationCommand.Options(args));
        Console.WriteLine(report);
        Console.WriteLine($"wrote {output}");

        using var model = File.OpenRead(output);
        var classifier = ArticleClassifier.Load(model);
        if (classifier.RubricScorer?.WeightedTerms() is var (weighted, terms))
            Console.WriteLine($"rubric model: {weighted:N0} of {terms:N0} terms carry a weight");
        foreach (var lang in new[] { "ru", "en" })
        {
            var exam = TrainingInputs.Exam(lang);
            if (exam.Count == 0) continue;
            var r = CategoryEvaluation.Evaluate(classifier, exam);
            var nn = r.For(Rubrics.NotNews);
            // The same rows without their addresses: what the URL section adds to the text.
            var textOnly = CategoryEvaluation.Evaluate(classifier, exam.Select(e => e with { Url = null }));
            Console.WriteLine($"{lang} exam: accuracy {r.Accuracy:F3} ({r.Correct}/{r.Count}), not_news P {nn.Precision:F2} R {nn.Recall:F2}; "
                + $"without the addresses {textOnly.Accuracy:F3} ({textOnly.Correct}/{textOnly.Count})");
            if (args.Contains("--verbose")) Console.WriteLine(r.ToText());
            if (args.Contains("--errors"))
                foreach (var (e, p) in CategoryEvaluation.Predict(classifier, exam).Where(x => x.Example.Label != x.Result.Rubric))
                    Console.WriteLine($"  {e.Label,-13} -> {p.Rubric,-13} {p.RubricConfidence:F2} news {p.NewsConfidence:F2} {e.Title}");
        }
        return Task.FromResult(0);
    }
}
