using Svodka.Core.Classify;
using Svodka.Core.Classify.Evaluation;
using Svodka.Core.Classify.Sources;
using Svodka.Testing;

namespace Svodka.Core.Tests.Classify;

/// <summary>
/// The committed model on the tgcontest-toloka exam files (40 rows each, never trained on). The floors sit a
/// little under the figures measured when the model was committed (ru 0.875, en 0.875; not_news over both
/// P 0.86, R 0.67), so a retrained model that got worse fails here. The rows carry their addresses, which the
/// classifier reads as it does on ingest.
/// </summary>
public class ExamAccuracyTests
{
    [Theory]
    [InlineData("ru", 0.825)]
    [InlineData("en", 0.825)]
    public void Committed_model_keeps_its_exam_accuracy(string language, double floor)
    {
        var folder = TestData.RequireShared("tgcontest-toloka");
        using var reader = File.OpenText(Path.Combine(folder, $"{language}_cat_exam.tsv"));
        var exam = TolokaCategories.Read(reader, language).ToList();

        var report = CategoryEvaluation.Evaluate(CommittedModel.Classifier, exam);

        Assert.Equal(40, report.Count);
        Assert.True(report.Accuracy >= floor, $"{language} exam accuracy {report.Accuracy:F3} < {floor}\n{report.ToText()}");
    }

    [Fact]
    public void Committed_model_finds_not_news_on_the_exam_with_few_false_alarms()
    {
        var folder = TestData.RequireShared("tgcontest-toloka");
        var exam = new List<LabelledExample>();
        foreach (var language in new[] { "ru", "en" })
        {
            using var reader = File.OpenText(Path.Combine(folder, $"{language}_cat_exam.tsv"));
            exam.AddRange(TolokaCategories.Read(reader, language));
        }

        var notNews = CategoryEvaluation.Evaluate(CommittedModel.Classifier, exam).For(Rubrics.NotNews);

        Assert.True(notNews.Precision >= 0.7, $"not_news precision {notNews.Precision:F2}");
        Assert.True(notNews.Recall >= 0.55, $"not_news recall {notNews.Recall:F2}");
    }
}
