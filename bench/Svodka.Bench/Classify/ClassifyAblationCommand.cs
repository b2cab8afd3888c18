using Svodka.Understanding;
using System.Diagnostics;
using Svodka.Core.Classify;
using Svodka.Core.Classify.Evaluation;
using Svodka.Core.Classify.Training;
using Svodka.Core.Language;

namespace Svodka.Bench.Classify;

/// <summary>
/// How each source of labels moves the accuracy: trains with the sources added one at a time (in
/// <see cref="LabelOrigins.All"/> order) and scores each model on the ru and en exam files. With --cv N it
/// also prints N-fold cross-validation over the crowd and hand labels for the full set, the figure to make
/// choices by (the exam files are 40 rows each: for reporting, not for tuning).
/// </summary>
public sealed class ClassifyAblationCommand : IBenchCommand
{
    public string Name => "classify-ablation";
    public string Description => "train with each source of labels added in turn; accuracy on the exam files (ru, en, not_news P/R)";

    public Task<int> RunAsync(string[] args)
    {
        var set = TrainingInputs.Assemble(new LanguageDetector());
        foreach (var note in set.Notes) Console.WriteLine("  " + note);
        var options = Options(args);
        var exams = new[] { "ru", "en" }.ToDictionary(l => l, TrainingInputs.Exam);
        if (exams.Values.All(e => e.Count == 0))
        {
            Console.Error.WriteLine("tgcontest-toloka exam files are absent: nothing to score on");
            return Task.FromResult(1);
        }

        var only = BenchReport.Option(args, "--only");
        var steps = only is null
            ? LabelOrigins.All.Select((_, i) => LabelOrigins.All.Take(i + 1).ToArray()).ToList()
            : [only.Split(',')];
        Console.WriteLine();
        Console.WriteLine($"{"sources",-52} {"examples",8} {"ru acc",7} {"en acc",7} {"nn P",6} {"nn R",6} {"train s",8}");
        foreach (var origins in steps)
        {
            var examples = set.Only(origins).Examples;
            var clock = Stopwatch.StartNew();
            using var model = new MemoryStream();
            ClassifierTrainer.Train(examples, model, options);
            var seconds = clock.Elapsed.TotalSeconds;
            model.Position = 0;
            var classifier = ArticleClassifier.Load(model);
            var ru = CategoryEvaluation.Evaluate(classifier, exams["ru"]);
            var en = CategoryEvaluation.Evaluate(classifier, exams["en"]);
            var both = CategoryEvaluation.Evaluate(CategoryEvaluation.Predict(classifier, exams["ru"].Concat(exams["en"])).Select(p => (p.Example.Label, p.Result.Rubric)));
            var nn = both.For(Rubrics.NotNews);
            Console.WriteLine($"{"+ " + string.Join(" + ", origins),-52} {examples.Count,8} {ru.Accuracy,7:F3} {en.Accuracy,7:F3} {nn.Precision,6:F2} {nn.Recall,6:F2} {seconds,8:F1}");
            if (args.Contains("--verbose")) Console.WriteLine(ru.ToText() + en.ToText());
        }

        if (BenchReport.Option(args, "--cv") is { } foldsText && int.TryParse(foldsText, out var folds))
        {
            var gold = new HashSet<string> { LabelOrigins.Toloka, LabelOrigins.TgcontestExtra, LabelOrigins.TgcontestHeadlines, LabelOrigins.Own };
            var cv = CrossValidation.Run(set.Examples, e => gold.Contains(e.Origin) && e.Label != Rubrics.News, folds, options);
            var nn = cv.For(Rubrics.NotNews);
            Console.WriteLine();
            Console.WriteLine($"{folds}-fold CV over toloka + tgcontest-extra + own labels: accuracy {cv.Accuracy:F3}, macro F1 {cv.MacroF1:F3}, not_news P {nn.Precision:F2} R {nn.Recall:F2}");
            if (args.Contains("--verbose")) Console.WriteLine(cv.ToText());
        }
        return Task.FromResult(0);
    }

    /// <summary>
    /// --learner, --body, --min-docs, --iterations, --balance P (--no-balance for 0), --titles N, --ngrams N,
    /// --chars N, --tfidf, --nn-rubric, --nn-vote W, --questions, --news-threshold T, --url-weight W, --l1 X|auto, --l2 X|auto, --news-l2 X, --weights origin=w,…: the knobs cross-validation compares.
    /// </summary>
    internal static TrainingOptions Options(string[] args)
    {
        var o = new TrainingOptions();
        if (BenchReport.Option(args, "--learner") is { } learner) o = o with { Learner = Enum.Parse<RubricLearner>(learner, ignoreCase: true) };
        if (BenchReport.Option(args, "--body") is { } body) o = o with { MaxBodyChars = int.Parse(body) };
        if (BenchReport.Option(args, "--min-docs") is { } minDocs) o = o with { MinTermDocuments = int.Parse(minDocs) };
        if (BenchReport.Option(args, "--l1") is { } l1) o = o with { L1 = l1 == "auto" ? null : Float(l1) };
        if (BenchReport.Option(args, "--l2") is { } l2) o = o with { L2 = l2 == "auto" ? null : Float(l2) };
        if (BenchReport.Option(args, "--news-l2") is { } newsL2) o = o with { NewsL2 = Float(newsL2) };
        if (BenchReport.Option(args, "--iterations") is { } it) o = o with { MaxIterations = it == "auto" ? null : int.Parse(it) };
        if (args.Contains("--no-balance")) o = o with { BalancePower = 0 };
        if (BenchReport.Option(args, "--balance") is { } balance) o = o with { BalancePower = Float(balance) };
        if (BenchReport.Option(args, "--titles") is { } titles) o = o with { TitleCopies = int.Parse(titles) };
        if (BenchReport.Option(args, "--ngrams") is { } ngrams) o = o with { WordNgrams = int.Parse(ngrams) };
        if (BenchReport.Option(args, "--chars") is { } chars) o = o with { CharNgrams = int.Parse(chars) };
        if (args.Contains("--tfidf")) o = o with { TfIdf = true };
        if (args.Contains("--nn-rubric")) o = o with { NotNewsInRubricModel = true };
        if (args.Contains("--questions")) o = o with { MarkQuestions = true };
        if (BenchReport.Option(args, "--nn-vote") is { } vote) o = o with { RubricNotNewsVote = Float(vote) };
        if (BenchReport.Option(args, "--news-threshold") is { } threshold) o = o with { NewsThreshold = Float(threshold) };
        if (BenchReport.Option(args, "--url-weight") is { } urlWeight) o = o with { UrlSectionWeight = Float(urlWeight) };
        if (BenchReport.Option(args, "--weights") is { } weights)
        {
            var w = new Dictionary<string, float>(o.OriginWeights);
            foreach (var pair in weights.Split(','))
            {
                var kv = pair.Split('=');
                w[kv[0]] = float.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            o = o with { OriginWeights = w };
        }
        return o;
    }

    private static float Float(string s) => float.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
