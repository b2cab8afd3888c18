using Svodka.Core.Classify;
using Svodka.Core.Classify.Training;
using Svodka.Testing;

namespace Svodka.Core.Tests.Classify;

public class TrainingTests
{
    [Fact]
    public void Assembly_keeps_one_copy_of_an_article_and_drops_held_out_ones()
    {
        var sources = new TrainingSources();
        sources.TolokaCategories.Add((new StringReader(
            "INPUT:url\tINPUT:title\tINPUT:text\tGOLDEN:res\n"
            + "https://a.ru/1\tЗенит обыграл Спартак в дерби\tТекст\tsports\n"
            + "https://a.ru/1\tЗенит обыграл Спартак в дерби\tТекст\tsports\n"
            + "https://a.ru/2\tЦентробанк повысил ставку до 16%\tТекст\teconomy\n"), "ru"));
        sources.Own.Add(new StringReader("lang\tlabel\ttitle\ttext\nru\teconomy\tЦЕНТРОБАНК повысил ставку до 16%\tДругой текст\nru\tother\tВ зоопарке родился слонёнок\t\n"));
        sources.HoldOut.Add(new LabelledExample("Центробанк повысил ставку до 16%", "", "ru", "economy", "toloka"));

        var set = TrainingSetAssembly.Assemble(sources);

        Assert.Equal(["Зенит обыграл Спартак в дерби", "В зоопарке родился слонёнок"], set.Examples.Select(e => e.Title));
        Assert.Contains(set.Notes, n => n.Contains("1 duplicates dropped") && n.Contains("1 held-out"));
    }

    [Fact]
    public void A_model_trained_from_examples_round_trips_through_its_file()
    {
        var examples = OwnLabelledExamples();

        using var model = new MemoryStream();
        var report = ClassifierTrainer.Train(examples, model);
        model.Position = 0;
        var classifier = ArticleClassifier.Load(model);

        Assert.Equal(examples.Count, report.NewsExamples);
        Assert.True(report.ModelBytes > 0 && report.ModelBytes == model.Length);
        Assert.Equal(Rubrics.NewsRubrics.Order(), classifier.Rubrics.Order());
        // Trained on a couple of hundred examples, it still tells a match report from a rate decision.
        Assert.Equal(Rubrics.Sports, classifier.Classify("«Спартак» обыграл «Зенит», Овечкин забросил шайбу", "Матч завершился победой, тренер доволен игрой команды.", "ru").Rubric);
        Assert.Equal(Rubrics.Economy, classifier.Classify("Fed raises interest rates", "The central bank raised its benchmark rate as inflation stays high; stocks fell.", "en").Rubric);
    }

    [Fact]
    public void A_model_trained_to_ignore_addresses_gives_the_same_answer_with_one()
    {
        var examples = OwnLabelledExamples();
        using var model = new MemoryStream();
        ClassifierTrainer.Train(examples, model, new TrainingOptions { UrlSectionWeight = 1 });
        model.Position = 0;
        var classifier = ArticleClassifier.Load(model);

        const string title = "Клуб объявил о смене владельца", text = "Сделка будет закрыта до конца месяца.";
        var plain = classifier.Classify(title, text, "ru");
        var filed = classifier.Classify(title, text, "ru", "https://example.ru/sport/1.html");

        Assert.Equal(plain.RubricScores.OrderBy(kv => kv.Key), filed.RubricScores.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void Training_refuses_examples_of_a_single_rubric()
    {
        LabelledExample[] one = [new("Матч", "Текст", "ru", Rubrics.Sports, LabelOrigins.Own), new("Рецепт", "Текст", "ru", Rubrics.NotNews, LabelOrigins.Own)];

        Assert.Throws<ArgumentException>(() => ClassifierTrainer.Train(one, new MemoryStream()));
    }

    /// <summary>The repository's own labelled examples (training/labelled).</summary>
    private static List<LabelledExample> OwnLabelledExamples()
    {
        var examples = new List<LabelledExample>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestData.RepoRoot, "training", "labelled"), "*.tsv"))
        {
            using var reader = File.OpenText(file);
            examples.AddRange(Svodka.Core.Classify.Sources.OwnExamples.Read(reader));
        }
        return examples;
    }
}
