namespace Svodka.Core.Stories.Evaluation;

/// <summary>Counts of "same story" decisions against the labels, and the precision, recall and F1 of "same".</summary>
public sealed record PairScores(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Pairs => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    public override string ToString() =>
        FormattableString.Invariant(
            $"precision {Precision:F3} recall {Recall:F3} F1 {F1:F3} ({Pairs} pairs: TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}, TN {TrueNegatives})");
}
