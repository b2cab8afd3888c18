namespace Svodka.Core.Classify;

/// <summary>
/// What the classifier says about one article. <see cref="Rubric"/> is <see cref="Rubrics.NotNews"/> when
/// <see cref="IsNews"/> is false. <see cref="RubricScores"/> holds all eight labels as one distribution (the
/// rubrics scaled by the probability of news), so a caller can show a runner-up or apply its own cut.
/// <see cref="NotNewsRule"/> names the rule that decided "not news", when a rule did rather than the model.
/// </summary>
public sealed record ClassifiedArticle(
    bool IsNews,
    double NewsConfidence,
    string Rubric,
    double RubricConfidence,
    IReadOnlyDictionary<string, double> RubricScores)
{
    public string? NotNewsRule { get; init; }
}
