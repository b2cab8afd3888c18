using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;
using Svodka.Core.Classify.Features;

namespace Svodka.Core.Classify.Training;

/// <summary>
/// Trains the two linear models <see cref="ArticleClassifier"/> runs and writes them as one model file:
/// news / not news (logistic regression over every example; "news" rows without a rubric count here) and the
/// rubric (softmax over the seven rubrics, and not_news when <see cref="TrainingOptions.NotNewsInRubricModel"/>). Both read bags of
/// <see cref="ArticleTerms"/> stems with TF weighting and L2 norm: on a few thousand examples a linear model
/// over stems is as accurate as anything heavier and predicts in microseconds.
/// </summary>
public static class ClassifierTrainer
{
    public static TrainingReport Train(IEnumerable<LabelledExample> examples, Stream modelOut, TrainingOptions? options = null)
    {
        options ??= new TrainingOptions();
        var clock = Stopwatch.StartNew();
        // A source weighted 0 is left out altogether, so its words do not enter the vocabulary either.
        var all = examples.Where(e => (e.Label == Rubrics.News || Rubrics.All.Contains(e.Label))
            && options.OriginWeights.GetValueOrDefault(e.Origin, 1f) > 0).ToList();
        var rows = BuildRows(all, options);
        var rubricRows = rows.Where(r => Rubrics.IsNewsRubric(r.Label) || (options.NotNewsInRubricModel && r.Label == Rubrics.NotNews))
            .Select(r => new TrainingRow { Document = r.Document, Label = r.Label, IsNews = true, Weight = r.Weight })
            .ToList();
        if (rows.Count == 0 || rubricRows.Where(r => Rubrics.IsNewsRubric(r.Label)).Select(r => r.Label).Distinct().Count() < 2)
            throw new ArgumentException("training needs examples of at least two rubrics", nameof(examples));
        if (rows.All(r => r.IsNews) || rows.All(r => !r.IsNews))
            throw new ArgumentException("training needs both news and not-news examples", nameof(examples));

        BalanceNews(rows, options);
        BalanceRubrics(rubricRows, options);

        var ml = new MLContext(options.Seed);
        var newsData = ml.Data.LoadFromEnumerable(rows);
        var newsModel = Featurizer(ml, options)
            .AppendCacheCheckpoint(ml)
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(
                labelColumnName: nameof(TrainingRow.IsNews), exampleWeightColumnName: nameof(TrainingRow.Weight),
                l2Regularization: options.NewsL2 ?? options.L2, l1Regularization: options.L1, maximumNumberOfIterations: options.MaxIterations))
            .Fit(newsData);

        var rubrics = rubricRows.Select(r => r.Label).Distinct().Order(StringComparer.Ordinal).ToArray();
        var rubricData = ml.Transforms.Conversion
            .MapValueToKey("LabelKey", nameof(TrainingRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(ml.Data.LoadFromEnumerable(rubricRows))
            .Transform(ml.Data.LoadFromEnumerable(rubricRows));
        var rubricModel = Featurizer(ml, options).AppendCacheCheckpoint(ml).Append(RubricTrainer(ml, options)).Fit(rubricData);

        var counted = new CountingStream(modelOut);
        var trainedOn = string.Join(", ", all.GroupBy(e => e.Origin).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
        ClassifierModelFile.Write(counted, ml, newsModel, rubricModel, newsData.Schema,
            new ClassifierModelFile.Manifest(ClassifierModelFile.FormatVersion, rubrics, options.NewsThreshold, options.MaxBodyChars, trainedOn, options.TitleCopies, options.MarkQuestions,
                options.NotNewsInRubricModel ? options.RubricNotNewsVote : 0, options.UrlSectionWeight));

        return new TrainingReport(
            rows.Count, rubricRows.Count,
            all.GroupBy(e => e.Origin).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            all.GroupBy(e => e.Label).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            counted.Written, clock.Elapsed);
    }

    private static IEstimator<ITransformer> Featurizer(MLContext ml, TrainingOptions options)
    {
        var weighting = options.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;
        return ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
        {
            // The document is already stems separated by spaces: no case folding or stop words here.
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            CharFeatureExtractor = options.CharNgrams > 0
                ? new WordBagEstimator.Options { NgramLength = options.CharNgrams, UseAllLengths = false, Weighting = weighting }
                : null,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = options.WordNgrams,
                UseAllLengths = true,
                Weighting = weighting,
            },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, nameof(TrainingRow.Document));
    }

    private static IEstimator<ITransformer> RubricTrainer(MLContext ml, TrainingOptions options) => options.Learner switch
    {
        RubricLearner.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            labelColumnName: "LabelKey", exampleWeightColumnName: nameof(TrainingRow.Weight),
            l2Regularization: options.L2 ?? 1f),
        RubricLearner.AveragedPerceptronOneVersusAll => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.AveragedPerceptron(labelColumnName: "LabelKey"),
            labelColumnName: "LabelKey"),
        _ => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            labelColumnName: "LabelKey", exampleWeightColumnName: nameof(TrainingRow.Weight), l2Regularization: options.L2,
            l1Regularization: options.L1, maximumNumberOfIterations: options.MaxIterations),
    };

    /// <summary>Documents with rare terms removed, weighted by their source.</summary>
    private static List<TrainingRow> BuildRows(List<LabelledExample> examples, TrainingOptions options)
    {
        var documents = examples.Select(e => ArticleTerms.Document(e.Title, e.Text, e.Language, options.MaxBodyChars, options.TitleCopies, options.MarkQuestions)).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in documents)
            foreach (var term in doc.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
                frequency[term] = frequency.GetValueOrDefault(term) + 1;

        var rows = new List<TrainingRow>(examples.Count);
        for (var i = 0; i < examples.Count; i++)
        {
            var kept = documents[i].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(t => frequency[t] >= options.MinTermDocuments);
            var e = examples[i];
            rows.Add(new TrainingRow
            {
                Document = string.Join(' ', kept),
                Label = e.Label,
                IsNews = e.Label != Rubrics.NotNews,
                Weight = options.OriginWeights.GetValueOrDefault(e.Origin, 1f),
            });
        }
        return rows;
    }

    private static void BalanceNews(List<TrainingRow> rows, TrainingOptions options) =>
        Balance(rows, r => r.IsNews ? "news" : "not", options.BalancePower);

    private static void BalanceRubrics(List<TrainingRow> rubricRows, TrainingOptions options) =>
        Balance(rubricRows, r => r.Label, options.BalancePower);

    /// <summary>Scales weights by 1/(the group's share of the total weight)^power, then back to a mean weight of one.</summary>
    private static void Balance(List<TrainingRow> rows, Func<TrainingRow, string> group, float power)
    {
        if (power == 0) return;
        var total = rows.Sum(r => r.Weight);
        var share = rows.GroupBy(group).ToDictionary(g => g.Key, g => g.Sum(r => r.Weight) / total);
        foreach (var r in rows) r.Weight /= MathF.Pow(share[group(r)], power);
        var mean = rows.Average(r => r.Weight);
        foreach (var r in rows) r.Weight /= mean;
    }
}
