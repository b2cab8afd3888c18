using Svodka.Core.Classify;
using Svodka.Core.Classify.Training;
using Svodka.Testing;

namespace Svodka.Core.Tests.Classify;

/// <summary>
/// The direct scorer gives what ML.NET's prediction engine gives, on the committed model and on real texts: the same
/// news probability and rubric scores (within 1e-4), so the same label. A model of another shape is left to ML.NET.
/// </summary>
public class LinearTextScorerTests
{
    private static readonly Lazy<ArticleClassifier> ThroughEngines = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(TestData.RepoRoot, "models", "classifier.zip"));
        return ArticleClassifier.Load(stream, direct: false);
    });

    [Fact]
    public void The_committed_model_is_scored_directly()
    {
        Assert.True(CommittedModel.Classifier.ScoresDirectly);
        Assert.False(ThroughEngines.Value.ScoresDirectly);
        // The committed file carries the scorers as plain data: classifying does not load ML.NET's models.
        Assert.True(CommittedModel.Classifier.LoadedWithoutMlNet);
        Assert.False(ThroughEngines.Value.LoadedWithoutMlNet);
    }

    [Fact]
    public void Direct_scores_match_the_engine_on_the_labelled_examples()
    {
        var texts = LabelledExamples().Select(e => (e.Title, (string?)e.Text, e.Language)).ToList();
        Assert.True(texts.Count >= 100, $"only {texts.Count} labelled examples");

        AssertSameScores(CommittedModel.Classifier, ThroughEngines.Value, texts);
    }

    [Fact]
    public void Direct_scores_match_the_engine_on_tgnews_pages()
    {
        var root = TestData.RequireShared("tgnews-round1-sample");
        var texts = TgnewsPages.Read(root, limit: 400)
            .Select(p => (p.Title, (string?)p.Text, Language: p.Title.Any(c => c is >= 'а' and <= 'я' or >= 'А' and <= 'Я') ? "ru" : "en"))
            .ToList();

        AssertSameScores(CommittedModel.Classifier, ThroughEngines.Value, texts);
    }

    [Fact]
    public void Degenerate_documents_score_as_the_engine_does()
    {
        (string, string?, string)[] texts =
        [
            ("", null, "ru"),
            ("и в на", "", "ru"),
            ("Qwxzzy plorf", "zzzq wwq", "en"),
            ("Матч", new string('а', 5000), "ru"),
        ];

        AssertSameScores(CommittedModel.Classifier, ThroughEngines.Value, texts);
    }

    [Fact]
    public void A_freshly_trained_model_is_scored_directly_and_agrees_with_the_engine()
    {
        var examples = LabelledExamples();
        var (direct, engines) = Train(examples, new TrainingOptions());

        Assert.True(direct.ScoresDirectly);
        Assert.True(direct.LoadedWithoutMlNet);
        AssertSameScores(direct, engines, examples.Select(e => (e.Title, (string?)e.Text, e.Language)).ToList());
    }

    [Fact]
    public void A_model_over_word_pairs_is_left_to_the_engine()
    {
        var examples = LabelledExamples();
        var (classifier, _) = Train(examples, new TrainingOptions { WordNgrams = 2 });

        Assert.False(classifier.ScoresDirectly);
        Assert.False(classifier.LoadedWithoutMlNet);
        Assert.Contains(classifier.Classify(examples[0].Title, examples[0].Text, examples[0].Language).Rubric, Rubrics.All);
    }

    private static void AssertSameScores(ArticleClassifier direct, ArticleClassifier engines, IReadOnlyList<(string Title, string? Text, string Language)> texts)
    {
        foreach (var (title, text, language) in texts)
        {
            var document = direct.DocumentOf(title, text, language);
            var (news, rubric) = direct.Score(document);
            var (engineNews, engineRubric) = engines.Score(document);
            Assert.True(Math.Abs(news - engineNews) <= 1e-4, $"news {news} vs engine {engineNews} for «{title}»");
            Assert.Equal(engineRubric.Length, rubric.Length);
            for (var k = 0; k < rubric.Length; k++)
                Assert.True(Math.Abs(rubric[k] - engineRubric[k]) <= 1e-4, $"rubric slot {k}: {rubric[k]} vs engine {engineRubric[k]} for «{title}»");

            var a = direct.Classify(title, text, language);
            var b = engines.Classify(title, text, language);
            Assert.Equal(b.Rubric, a.Rubric);
            Assert.Equal(b.IsNews, a.IsNews);
        }
    }

    private static (ArticleClassifier Direct, ArticleClassifier Engines) Train(List<LabelledExample> examples, TrainingOptions options)
    {
        using var model = new MemoryStream();
        ClassifierTrainer.Train(examples, model, options);
        model.Position = 0;
        var direct = ArticleClassifier.Load(model, direct: true);
        model.Position = 0;
        return (direct, ArticleClassifier.Load(model, direct: false));
    }

    private static List<LabelledExample> LabelledExamples()
    {
        var examples = new List<LabelledExample>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestData.RepoRoot, "training", "labelled"), "*.tsv").Order(StringComparer.Ordinal))
        {
            using var reader = File.OpenText(file);
            examples.AddRange(Svodka.Core.Classify.Sources.OwnExamples.Read(reader));
        }
        return examples;
    }
}
