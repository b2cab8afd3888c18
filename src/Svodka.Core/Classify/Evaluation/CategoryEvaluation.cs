namespace Svodka.Core.Classify.Evaluation;

/// <summary>Scores predicted labels against expected ones (`svodka eval categories`).</summary>
public static class CategoryEvaluation
{
    /// <summary>
    /// The report over (expected, predicted) pairs. Labels are the eight of <see cref="Rubrics.All"/> in that
    /// order, followed by any other label met (so an unexpected prediction shows up rather than vanishing).
    /// </summary>
    public static EvaluationReport Evaluate(IEnumerable<(string Expected, string Predicted)> pairs)
    {
        var list = pairs.ToList();
        var labels = Rubrics.All.ToList();
        foreach (var (e, p) in list)
        {
            if (!labels.Contains(e)) labels.Add(e);
            if (!labels.Contains(p)) labels.Add(p);
        }
        var confusion = new int[labels.Count, labels.Count];
        var correct = 0;
        foreach (var (e, p) in list)
        {
            confusion[labels.IndexOf(e), labels.IndexOf(p)]++;
            if (e == p) correct++;
        }
        var perLabel = new List<LabelScore>();
        for (var i = 0; i < labels.Count; i++)
        {
            int expected = 0, predicted = 0;
            for (var j = 0; j < labels.Count; j++)
            {
                expected += confusion[i, j];
                predicted += confusion[j, i];
            }
            perLabel.Add(new LabelScore(labels[i], expected, predicted, confusion[i, i]));
        }
        return new EvaluationReport(list.Count, correct, labels, confusion, perLabel);
    }

    /// <summary>Classifies each labelled article and scores the result (the examples' own language is used).</summary>
    public static EvaluationReport Evaluate(ArticleClassifier classifier, IEnumerable<LabelledExample> examples) =>
        Evaluate(Predict(classifier, examples).Select(p => (p.Example.Label, p.Result.Rubric)));

    public static IEnumerable<(LabelledExample Example, ClassifiedArticle Result)> Predict(ArticleClassifier classifier, IEnumerable<LabelledExample> examples) =>
        examples.Where(e => Rubrics.All.Contains(e.Label))
            .Select(e => (e, classifier.Classify(e.Title, e.Text, e.Language, e.Url)));
}
