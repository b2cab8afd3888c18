namespace Svodka.Core.Classify.Training;

/// <summary>What a training run learned from: examples per source and label, vocabulary sizes, the model's size.</summary>
public sealed record TrainingReport(
    int NewsExamples,
    int RubricExamples,
    IReadOnlyDictionary<string, int> ExamplesByOrigin,
    IReadOnlyDictionary<string, int> ExamplesByLabel,
    long ModelBytes,
    TimeSpan Elapsed)
{
    public override string ToString() =>
        $"{NewsExamples} news/not-news examples, {RubricExamples} rubric examples; by source: "
        + string.Join(", ", ExamplesByOrigin.Select(kv => $"{kv.Key} {kv.Value}"))
        + "; by label: " + string.Join(", ", ExamplesByLabel.Select(kv => $"{kv.Key} {kv.Value}"))
        + $"; model {ModelBytes / 1024.0:F0} KiB, trained in {Elapsed.TotalSeconds:F1} s";
}
