using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Svodka.Core.Classify.Features;

namespace Svodka.Core.Classify;

/// <summary>
/// News or not, and the rubric: <see cref="NotNewsRules"/> first (a horoscope is not news whatever its words),
/// then the trained news model, then the rubric model for what is news. Thread-safe: ML.NET prediction engines
/// are not, so each call borrows a pair from a pool. Load once, share.
/// </summary>
public sealed class ArticleClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _newsModel;
    private readonly ITransformer _rubricModel;
    private readonly string[] _labels;
    private readonly string[] _rubrics;
    private readonly int _notNewsSlot;
    private readonly double _newsThreshold;
    private readonly int _maxBodyChars;
    private readonly int _titleCopies;
    private readonly bool _markQuestions;
    private readonly double _rubricNotNewsVote;
    private readonly ConcurrentBag<Engines> _pool = [];

    private sealed record Engines(
        PredictionEngine<DocumentRow, NewsPrediction> News,
        PredictionEngine<DocumentRow, RubricPrediction> Rubric);

    private ArticleClassifier(MLContext ml, ITransformer news, ITransformer rubric, ClassifierModelFile.Manifest manifest)
    {
        _ml = ml;
        _newsModel = news;
        _rubricModel = rubric;
        _newsThreshold = manifest.NewsThreshold;
        _maxBodyChars = manifest.MaxBodyChars;
        _titleCopies = manifest.TitleCopies;
        _markQuestions = manifest.MarkQuestions;
        _rubricNotNewsVote = manifest.RubricNotNewsVote;
        var engines = CreateEngines();
        _labels = RubricOrder(engines.Rubric, manifest.Rubrics);
        _notNewsSlot = Array.IndexOf(_labels, Svodka.Core.Classify.Rubrics.NotNews);
        _rubrics = [.. _labels.Where(l => l != Svodka.Core.Classify.Rubrics.NotNews)];
        _pool.Add(engines);
    }

    /// <summary>What the model was trained on, as the training run described it.</summary>
    public string TrainedOn { get; private init; } = "";

    public IReadOnlyList<string> Rubrics => _rubrics;

    public static ArticleClassifier Load(Stream model)
    {
        var ml = new MLContext(seed: 1);
        var (news, rubric, manifest) = ClassifierModelFile.Read(model, ml);
        return new ArticleClassifier(ml, news, rubric, manifest) { TrainedOn = manifest.TrainedOn };
    }

    /// <param name="title">The headline.</param>
    /// <param name="text">The body as plain text (only its start is read), or null for a headline alone.</param>
    /// <param name="language">ISO 639-1 code of the article ("ru", "en"); decides stemming and stop words.</param>
    public ClassifiedArticle Classify(string title, string? text, string language)
    {
        var rule = NotNewsRules.Match(title, text);
        var document = new DocumentRow { Document = ArticleTerms.Document(title, text, language, _maxBodyChars, _titleCopies, _markQuestions) };
        var engines = _pool.TryTake(out var pooled) ? pooled : CreateEngines();
        float newsProbability;
        float[] rubricScores;
        try
        {
            newsProbability = engines.News.Predict(document).Probability;
            rubricScores = engines.Rubric.Predict(document).Score;
        }
        finally
        {
            _pool.Add(engines);
        }

        var labelScores = Array.ConvertAll(rubricScores, s => (double)s);
        var modelNews = (double)newsProbability;
        if (_notNewsSlot >= 0)
        {
            // The rubric model learned not_news from whole articles, the news model mostly from headlines: both may have a say.
            var total = labelScores.Sum();
            var rubricNews = 1 - (total > 0 ? labelScores[_notNewsSlot] / total : 0);
            modelNews = (1 - _rubricNotNewsVote) * modelNews + _rubricNotNewsVote * rubricNews;
            labelScores[_notNewsSlot] = 0;
        }
        var sum = labelScores.Sum();
        var pNews = rule is null ? Math.Clamp(modelNews, 0, 1) : 0.0;
        var scores = new Dictionary<string, double>(_rubrics.Length + 1, StringComparer.Ordinal);
        var best = -1;
        for (var i = 0; i < _labels.Length; i++)
        {
            if (i == _notNewsSlot) continue;
            var share = sum > 0 ? labelScores[i] / sum : 1.0 / _rubrics.Length;
            scores[_labels[i]] = pNews * share;
            if (best < 0 || labelScores[i] > labelScores[best]) best = i;
        }
        scores[Svodka.Core.Classify.Rubrics.NotNews] = 1 - pNews;
        var bestShare = sum > 0 ? labelScores[best] / sum : 1.0 / _rubrics.Length;

        var isNews = pNews >= _newsThreshold;
        return isNews
            ? new ClassifiedArticle(true, pNews, _labels[best], bestShare, scores)
            : new ClassifiedArticle(false, 1 - pNews, Svodka.Core.Classify.Rubrics.NotNews, 1 - pNews, scores) { NotNewsRule = rule };
    }

    private Engines CreateEngines() => new(
        _ml.Model.CreatePredictionEngine<DocumentRow, NewsPrediction>(_newsModel),
        _ml.Model.CreatePredictionEngine<DocumentRow, RubricPrediction>(_rubricModel));

    /// <summary>The rubric of each score slot: the model's own slot names where it keeps them, else the manifest's order.</summary>
    private static string[] RubricOrder(PredictionEngine<DocumentRow, RubricPrediction> engine, string[] fromManifest)
    {
        var score = engine.OutputSchema["Score"];
        if (score.HasSlotNames())
        {
            VBuffer<ReadOnlyMemory<char>> names = default;
            score.GetSlotNames(ref names);
            var fromModel = names.DenseValues().Select(n => n.ToString()).ToArray();
            if (fromModel.Length == fromManifest.Length && fromModel.All(n => n.Length > 0)) return fromModel;
        }
        return fromManifest;
    }
}
