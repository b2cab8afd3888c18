using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Svodka.Core.Classify.Features;

namespace Svodka.Core.Classify;

/// <summary>
/// News or not, and the rubric: <see cref="NotNewsRules"/> first (a horoscope is not news whatever its words),
/// then the trained news model, then the rubric model for what is news. Both models are linear over the same
/// document, and are scored directly (<see cref="LinearTextScorer"/>) when their shape allows, which is what the
/// trainer produces by default; otherwise through ML.NET prediction engines, which are not thread-safe, so each
/// call borrows a pair from a pool. Thread-safe. Load once, share.
/// </summary>
public sealed class ArticleClassifier
{
    /// <summary>The ML.NET models, or null when the classifier was read from the saved direct scorers alone.</summary>
    private readonly MLContext? _ml;
    private readonly ITransformer? _newsModel;
    private readonly ITransformer? _rubricModel;
    private readonly string[] _labels;
    private readonly string[] _rubrics;
    private readonly int _notNewsSlot;
    private readonly double _newsThreshold;
    private readonly int _maxBodyChars;
    private readonly int _titleCopies;
    private readonly bool _markQuestions;
    private readonly double _rubricNotNewsVote;
    private readonly double _urlSectionWeight;
    private readonly ConcurrentBag<Engines> _pool = [];
    /// <summary>The direct scorers of the news and rubric models, or null when either model needs ML.NET's engine.</summary>
    private readonly (LinearTextScorer News, LinearTextScorer Rubric)? _direct;

    private sealed record Engines(
        PredictionEngine<DocumentRow, NewsPrediction> News,
        PredictionEngine<DocumentRow, RubricPrediction> Rubric);

    /// <summary>What both ways of loading share: the manifest's settings and the rubric of each score slot.</summary>
    private ArticleClassifier(ClassifierModelFile.Manifest manifest, string[] labels)
    {
        _newsThreshold = manifest.NewsThreshold;
        _maxBodyChars = manifest.MaxBodyChars;
        _titleCopies = manifest.TitleCopies;
        _markQuestions = manifest.MarkQuestions;
        _rubricNotNewsVote = manifest.RubricNotNewsVote;
        _urlSectionWeight = manifest.UrlSectionWeight;
        _labels = labels;
        _notNewsSlot = Array.IndexOf(_labels, Svodka.Core.Classify.Rubrics.NotNews);
        _rubrics = [.. _labels.Where(l => l != Svodka.Core.Classify.Rubrics.NotNews)];
    }

    /// <summary>From ML.NET's models: scored directly when their shape allows, else through prediction engines.</summary>
    private ArticleClassifier(MLContext ml, ITransformer news, ITransformer rubric, DataViewSchema input, ClassifierModelFile.Manifest manifest, bool direct)
        : this(manifest, RubricOrder(rubric.GetOutputSchema(input), manifest.Rubrics))
    {
        _ml = ml;
        _newsModel = news;
        _rubricModel = rubric;
        _direct = direct ? ClassifierModelFile.DirectScorers(ml, news, rubric, input, _labels.Length) : null;
        if (_direct is null) _pool.Add(CreateEngines());
    }

    /// <summary>From the direct scorers a model file carries: no ML.NET model is loaded, nor needed.</summary>
    private ArticleClassifier(LinearTextScorer news, LinearTextScorer rubric, string[] labels, ClassifierModelFile.Manifest manifest)
        : this(manifest, labels)
    {
        _direct = (news, rubric);
    }

    /// <summary>The rubric model's direct scorer, when it has one (benchmarks read its weights).</summary>
    internal LinearTextScorer? RubricScorer => _direct?.Rubric;

    /// <summary>Whether the models are scored directly rather than through ML.NET prediction engines.</summary>
    internal bool ScoresDirectly => _direct is not null;

    /// <summary>Whether the classifier came from the saved direct scorers alone, without loading ML.NET's models.</summary>
    internal bool LoadedWithoutMlNet => _ml is null;

    /// <summary>What the model was trained on, as the training run described it.</summary>
    public string TrainedOn { get; private init; } = "";

    public IReadOnlyList<string> Rubrics => _rubrics;

    public static ArticleClassifier Load(Stream model) => Load(model, direct: true);

    /// <param name="direct">False to score through ML.NET prediction engines even where the direct scorer could (tests compare the two).</param>
    internal static ArticleClassifier Load(Stream model, bool direct)
    {
        if (!model.CanSeek)
        {
            var copy = new MemoryStream();
            model.CopyTo(copy);
            copy.Position = 0;
            model = copy;
        }
        var start = model.Position;
        if (direct && ClassifierModelFile.ReadDirect(model) is { } saved)
            return new ArticleClassifier(saved.News, saved.Rubric, saved.Labels, saved.Manifest) { TrainedOn = saved.Manifest.TrainedOn };
        model.Position = start;
        var ml = new MLContext(seed: 1);
        var (news, rubric, input, manifest) = ClassifierModelFile.Read(model, ml);
        return new ArticleClassifier(ml, news, rubric, input, manifest, direct) { TrainedOn = manifest.TrainedOn };
    }

    /// <param name="title">The headline.</param>
    /// <param name="text">The body as plain text (only its start is read), or null for a headline alone.</param>
    /// <param name="language">ISO 639-1 code of the article ("ru", "en"); decides stemming and stop words.</param>
    /// <param name="url">
    /// The article's address, when known. A publisher's section in it (/sport/, /economy/, /opinion/, see
    /// <see cref="UrlSectionRubrics"/>) weighs for its rubric, or against news, as much as the model file says.
    /// </param>
    public ClassifiedArticle Classify(string title, string? text, string language, string? url = null)
    {
        var rule = NotNewsRules.Match(title, text);
        var (newsProbability, rubricScores) = Score(ArticleTerms.Document(title, text, language, _maxBodyChars, _titleCopies, _markQuestions));

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
        modelNews = WeighSection(url, Math.Clamp(modelNews, 0, 1), labelScores);
        var sum = labelScores.Sum();
        var pNews = rule is null ? modelNews : 0.0;
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

    /// <summary>
    /// The publisher's URL section, if the address has one, weighed in: a news section multiplies its rubric's score
    /// (in place), a not-news section divides the odds of news. Returns the probability of news.
    /// </summary>
    private double WeighSection(string? url, double newsProbability, double[] labelScores)
    {
        if (_urlSectionWeight == 1 || UrlSectionRubrics.RubricOf(url) is not { } section) return newsProbability;
        if (section == Svodka.Core.Classify.Rubrics.NotNews)
            return newsProbability >= 1 ? 1 : newsProbability / (newsProbability + (1 - newsProbability) * _urlSectionWeight);
        if (Array.IndexOf(_labels, section) is var slot and >= 0) labelScores[slot] *= _urlSectionWeight;
        return newsProbability;
    }

    /// <summary>The news model's probability and the rubric model's scores (in <see cref="_labels"/> order) of a document.</summary>
    internal (float News, float[] Rubric) Score(string document)
    {
        if (_direct is var (news, rubric)) return (news.Probability(document), rubric.Scores(document));
        var row = new DocumentRow { Document = document };
        var engines = _pool.TryTake(out var pooled) ? pooled : CreateEngines();
        try
        {
            return (engines.News.Predict(row).Probability, engines.Rubric.Predict(row).Score);
        }
        finally
        {
            _pool.Add(engines);
        }
    }

    /// <summary>The document the models read for an article (<see cref="ArticleTerms"/> with this model's settings).</summary>
    internal string DocumentOf(string title, string? text, string language) =>
        ArticleTerms.Document(title, text, language, _maxBodyChars, _titleCopies, _markQuestions);

    private Engines CreateEngines() => _ml is null ? throw new InvalidOperationException("no ML.NET model loaded") : new(
        _ml.Model.CreatePredictionEngine<DocumentRow, NewsPrediction>(_newsModel),
        _ml.Model.CreatePredictionEngine<DocumentRow, RubricPrediction>(_rubricModel));

    /// <summary>The rubric of each score slot: the model's own slot names where it keeps them, else the manifest's order.</summary>
    internal static string[] RubricOrder(DataViewSchema output, string[] fromManifest)
    {
        var score = output["Score"];
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
