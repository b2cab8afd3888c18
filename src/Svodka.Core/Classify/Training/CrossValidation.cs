using Svodka.Core.Classify.Evaluation;

namespace Svodka.Core.Classify.Training;

/// <summary>
/// k-fold cross-validation: the examples <c>heldOut</c> picks (crowd and hand labels, not weak ones) are split
/// into folds, each held out in turn while a model learns from everything else that <c>learnFrom</c> allows,
/// weak labels included. This is how training choices are made, so that the exam files are only ever measured
/// on, never tuned to. A source left out of <c>learnFrom</c> still has its held-out examples scored, so runs
/// with different sources score the same articles.
/// </summary>
public static class CrossValidation
{
    public static EvaluationReport Run(IReadOnlyList<LabelledExample> examples, Func<LabelledExample, bool> scored, int folds, TrainingOptions? options = null) =>
        CategoryEvaluation.Evaluate(Predict(examples, scored, _ => true, folds, options)
            .Where(p => Rubrics.All.Contains(p.Example.Label))
            .Select(p => (p.Example.Label, p.Result.Rubric)));

    /// <summary>Each held-out example with what the model of its fold made of it.</summary>
    public static List<(LabelledExample Example, ClassifiedArticle Result)> Predict(
        IReadOnlyList<LabelledExample> examples, Func<LabelledExample, bool> heldOut, Func<LabelledExample, bool> learnFrom,
        int folds, TrainingOptions? options = null, int seed = 1)
    {
        var candidates = examples.Select((e, i) => (e, i)).Where(p => heldOut(p.e)).ToList();
        // A fixed shuffle: folds must not follow the sources' own order (files are often sorted by label).
        var rng = new Random(seed);
        var order = candidates.OrderBy(_ => rng.Next()).ToList();
        var predictions = new List<(LabelledExample, ClassifiedArticle)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var held = order.Where((_, k) => k % folds == fold).ToList();
            var heldIndexes = held.Select(p => p.i).ToHashSet();
            var training = examples.Where((e, i) => !heldIndexes.Contains(i) && learnFrom(e));
            using var model = new MemoryStream();
            ClassifierTrainer.Train(training, model, options);
            model.Position = 0;
            var classifier = ArticleClassifier.Load(model);
            foreach (var (e, _) in held)
                predictions.Add((e, classifier.Classify(e.Title, e.Text, e.Language, e.Url)));
        }
        return predictions;
    }
}
