using Svodka.Core.Classify.Evaluation;

namespace Svodka.Core.Classify.Training;

/// <summary>
/// k-fold cross-validation over the examples worth scoring on (crowd and hand labels, not weak ones): each fold
/// of those is held out in turn and the model is trained on everything else, weak labels included. This is how
/// training choices are made, so that the exam files are only ever measured on, never tuned to.
/// </summary>
public static class CrossValidation
{
    public static EvaluationReport Run(IReadOnlyList<LabelledExample> examples, Func<LabelledExample, bool> scored, int folds, TrainingOptions? options = null)
    {
        var candidates = examples.Select((e, i) => (e, i)).Where(p => Rubrics.All.Contains(p.e.Label) && scored(p.e)).ToList();
        // A fixed shuffle: folds must not follow the sources' own order (files are often sorted by label).
        var rng = new Random(options?.Seed ?? 1);
        var order = candidates.OrderBy(_ => rng.Next()).ToList();
        var pairs = new List<(string, string)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var held = order.Where((_, k) => k % folds == fold).ToList();
            var heldIndexes = held.Select(p => p.i).ToHashSet();
            var training = examples.Where((_, i) => !heldIndexes.Contains(i));
            using var model = new MemoryStream();
            ClassifierTrainer.Train(training, model, options);
            model.Position = 0;
            var classifier = ArticleClassifier.Load(model);
            foreach (var (e, _) in held)
                pairs.Add((e.Label, classifier.Classify(e.Title, e.Text, e.Language).Rubric));
        }
        return CategoryEvaluation.Evaluate(pairs);
    }
}
