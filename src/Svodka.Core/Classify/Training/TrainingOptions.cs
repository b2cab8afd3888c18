namespace Svodka.Core.Classify.Training;

public enum RubricLearner
{
    /// <summary>Stochastic dual coordinate ascent on the softmax loss: fast, calibrated scores. The default.</summary>
    SdcaMaximumEntropy,
    /// <summary>L-BFGS on the softmax loss: slower to train, sometimes a little more accurate on small sets.</summary>
    LbfgsMaximumEntropy,
    /// <summary>One averaged perceptron per rubric, one-versus-all: fastest to train, scores less calibrated.</summary>
    AveragedPerceptronOneVersusAll,
}

/// <summary>The choices training makes; the defaults are the ones cross-validation picked (see the ablation bench).</summary>
public sealed record TrainingOptions
{
    /// <summary>Body characters read per article (<see cref="Features.ArticleTerms"/>): the lead decides the rubric.</summary>
    public int MaxBodyChars { get; init; } = 1500;

    /// <summary>A term in fewer training documents than this is left out of the vocabulary (smaller model, less noise).</summary>
    public int MinTermDocuments { get; init; } = 2;

    /// <summary>
    /// How much one example of each source counts. The contest's crowd labels are the target taxonomy itself;
    /// RIA's and the URL sections' labels are the publishers' own and are mapped, so they count less each;
    /// RIA would otherwise outvote everything on its three rubrics by sheer number. Chosen by 5-fold
    /// cross-validation over the crowd and hand labels (toloka 3 / ria 0.5 scored accuracy 0.629, macro F1 0.536;
    /// these 0.637 / 0.540).
    /// </summary>
    public IReadOnlyDictionary<string, float> OriginWeights { get; init; } = new Dictionary<string, float>
    {
        [LabelOrigins.Toloka] = 5f,
        [LabelOrigins.TgcontestExtra] = 1f,
        [LabelOrigins.TgcontestHeadlines] = 1f,
        [LabelOrigins.Ria] = 0.25f,
        [LabelOrigins.TgnewsUrl] = 1f,
        [LabelOrigins.Own] = 2f,
    };

    /// <summary>
    /// Weigh each label's examples by 1/share^<see cref="BalancePower"/>, so a rubric with few examples (science)
    /// is not drowned by one with many (society): 0 keeps the sources' own mix, 1 makes every rubric weigh the
    /// same, 0.5 (1/√share) sits between, not trusting a rare rubric's few examples as much as 1/share would.
    /// </summary>
    public float BalancePower { get; init; } = 0.5f;

    /// <summary>Copies of the title's stems, "t_"-prefixed, before the plain stems (<see cref="Features.ArticleTerms"/>).</summary>
    public int TitleCopies { get; init; } = 1;

    /// <summary>
    /// Mark a headline that opens with a question word or ends with "?" (<see cref="Features.ArticleTerms"/>).
    /// CV: headline not_news recall 0.55 -> 0.62 at the same precision, articles unchanged.
    /// </summary>
    public bool MarkQuestions { get; init; } = true;

    /// <summary>Longest run of stems counted as one feature: 1 for single stems, 2 adds pairs.</summary>
    public int WordNgrams { get; init; } = 1;

    /// <summary>Character n-grams over the stems as well (their length), or 0 for none.</summary>
    public int CharNgrams { get; init; }

    /// <summary>Weigh terms by TF-IDF rather than TF.</summary>
    public bool TfIdf { get; init; }

    public RubricLearner Learner { get; init; } = RubricLearner.SdcaMaximumEntropy;

    /// <summary>
    /// Teach the rubric model not_news as an eighth label, from the articles labelled so, which sharpens its
    /// rubrics against explainers and features. Whether an article is news is then decided by the news model and,
    /// with weight <see cref="RubricNotNewsVote"/>, by the rubric model's not_news score: the one learned mostly
    /// from headlines, the other from whole articles.
    /// </summary>
    public bool NotNewsInRubricModel { get; init; }

    /// <summary>With <see cref="NotNewsInRubricModel"/>, the rubric model's share in the probability of news (0 leaves it to the news model).</summary>
    public float RubricNotNewsVote { get; init; }

    /// <summary>
    /// How much a publisher's URL section (<see cref="UrlSectionRubrics"/>) counts when the article's address is known:
    /// the section's rubric has its share multiplied by this, and a not-news section (/opinion/, /recipes/) divides
    /// the odds of news by it; 1 ignores addresses. CV over the crowd rows (the scored rows with an address), three
    /// seeds: Toloka rows 0.744 at 1, 0.792 at 2, 2.5, 3 and 4, 0.778 at 5, 0.763 at 10 and 100. Text still decides
    /// when it is sure: a section is a hint, since publishers file the same story under different sections.
    /// </summary>
    public double UrlSectionWeight { get; init; } = 3;

    /// <summary>Below this probability of news an article is not news.</summary>
    public double NewsThreshold { get; init; } = 0.5;

    /// <summary>
    /// L2 regularisation of the linear models; null lets the learner choose (SDCA its own, L-BFGS 1). With <see cref="L1"/> at 0, CV over
    /// three seeds (ru / en / Toloka rows / w-acc / headlines): 1e-5 0.770 / 0.628 / 0.802 / 0.684 / 0.870,
    /// 5e-5 0.796 / 0.650 / 0.802 / 0.706 / 0.866, 1e-4 0.796 / 0.677 / 0.802 / 0.706 / 0.862,
    /// 4e-4 0.797 / 0.693 / 0.787 / 0.699 / 0.846, 1e-2 0.716 / 0.506 / 0.643 / 0.538 / 0.771.
    /// </summary>
    public float? L2 { get; init; } = 1e-4f;

    /// <summary>
    /// L2 of the news model alone, where it should differ from <see cref="L2"/>; null uses <see cref="L2"/>. Lower
    /// values help headlines and cost whole articles (see the classifier README), so the default is null.
    /// </summary>
    public float? NewsL2 { get; init; }

    /// <summary>
    /// L1 regularisation of the SDCA models; null lets ML.NET choose, which left 79 % of the vocabulary without any
    /// weight (`classify-train --l1 auto --l2 auto`: 5,689 of 26,482 terms weighted): «индекс» counted for economy in a text but not in a headline, and «торги»
    /// barely. 0 keeps every term the vocabulary keeps. CV over three seeds, ML.NET's choice against 0 (with its
    /// L2): ru 0.759 -> 0.774, en 0.644 -> 0.642, Toloka rows 0.792 -> 0.787, w-acc 0.669 -> 0.694, headlines
    /// 0.859 -> 0.869; 1e-4, 1e-3 and 1e-2 scored as 0.
    /// </summary>
    public float? L1 { get; init; } = 0;

    /// <summary>Passes of SDCA over the data; null lets ML.NET choose.</summary>
    public int? MaxIterations { get; init; }

    public int Seed { get; init; } = 1;
}
