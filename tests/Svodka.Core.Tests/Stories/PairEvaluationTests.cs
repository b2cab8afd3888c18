using Svodka.Core.Language;
using Svodka.Core.Stories;
using Svodka.Core.Stories.Evaluation;
using Svodka.Core.Tests.Entities;
using Svodka.Testing;

namespace Svodka.Core.Tests.Stories;

public class PairEvaluationTests
{
    private static readonly StoryFeaturizer Featurizer = new(new LanguageDetector(), RepoGazetteer.Tagger);

    [Fact]
    public void The_reader_finds_columns_by_name_and_unquotes_fields()
    {
        const string tsv =
            "INPUT:first_title\tINPUT:second_title\tINPUT:first_url\tINPUT:second_url\tINPUT:first_text\tINPUT:second_text\tGOLDEN:quality\r\n" +
            "\"Купер: \"\"Тампа\"\" выросла\"\tВторой\thttps://a.ru/1\thttps://b.ru/2\tТекст\tДругой\tOK\r\n" +
            "Третий\tЧетвёртый\thttps://a.ru/3\thttps://b.ru/4\t\"Текст\tс табуляцией\"\tЕщё\tBAD\r\n";

        var pairs = TolokaPairReader.Read(new StringReader(tsv));

        Assert.Equal(2, pairs.Count);
        Assert.Equal("Купер: \"Тампа\" выросла", pairs[0].First.Title);
        Assert.True(pairs[0].SameStory);
        Assert.Equal("Текст\tс табуляцией", pairs[1].First.Text);
        Assert.False(pairs[1].SameStory);
    }

    [Fact]
    public void A_file_without_the_label_column_is_refused_with_its_name()
    {
        var e = Assert.Throws<FormatException>(() => TolokaPairReader.Read(new StringReader("INPUT:first_title\tINPUT:second_title\n")));
        Assert.Contains("INPUT:first_url", e.Message);
    }

    [Fact]
    public void Precision_recall_and_F1_count_same_story_decisions()
    {
        var scores = new PairScores(TruePositives: 8, FalsePositives: 2, FalseNegatives: 2, TrueNegatives: 8);
        Assert.Equal(0.8, scores.Precision, 6);
        Assert.Equal(0.8, scores.Recall, 6);
        Assert.Equal(0.8, scores.F1, 6);
        Assert.Equal(20, scores.Pairs);
    }

    /// <summary>Floors a little under the figures measured when the thresholds were tuned (train pools tune, the exam pool measures).</summary>
    [Theory]
    [InlineData("ru_train_pool.tsv", 0.89)]
    [InlineData("ru_exam_pool.tsv", 0.82)]
    [InlineData("en_train_pool.tsv", 0.89)]
    public void Toloka_pools_are_clustered_with_pair_F1_above_the_measured_floor(string pool, double floor)
    {
        var folder = TestData.RequireShared("tgcontest-toloka");
        using var reader = File.OpenText(Path.Combine(folder, pool));
        var result = PairEvaluation.Run(TolokaPairReader.Read(reader), Featurizer);

        Assert.True(result.Scores.F1 >= floor, $"{pool}: {result.Scores}");
    }
}
