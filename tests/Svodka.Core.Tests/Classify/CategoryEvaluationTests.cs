using Svodka.Core.Classify;
using Svodka.Core.Classify.Evaluation;

namespace Svodka.Core.Tests.Classify;

public class CategoryEvaluationTests
{
    [Fact]
    public void Counts_accuracy_confusion_and_per_label_scores()
    {
        (string, string)[] pairs =
        [
            ("sports", "sports"), ("sports", "sports"), ("sports", "society"),
            ("society", "society"), ("not_news", "society"), ("not_news", "not_news"), ("economy", "not_news"),
        ];

        var report = CategoryEvaluation.Evaluate(pairs);

        Assert.Equal(4.0 / 7, report.Accuracy, 6);
        Assert.Equal(1, report.Cell("sports", "society"));
        Assert.Equal(2, report.Cell("sports", "sports"));
        var society = report.For("society");
        Assert.Equal((1.0 / 3, 1.0, 0.5), (society.Precision, society.Recall, society.F1));
        var notNews = report.For(Rubrics.NotNews);
        Assert.Equal((0.5, 0.5), (notNews.Precision, notNews.Recall));
        Assert.True(double.IsNaN(report.For("science").Precision)); // never predicted: undefined, not zero
    }

    [Fact]
    public void A_label_outside_the_taxonomy_shows_in_the_matrix()
    {
        var report = CategoryEvaluation.Evaluate([("sports", "sport")]);

        Assert.Contains("sport", report.Labels);
        Assert.Equal(1, report.Cell("sports", "sport"));
        Assert.Contains("accuracy 0.000 (0/1)", report.ToText());
    }
}
