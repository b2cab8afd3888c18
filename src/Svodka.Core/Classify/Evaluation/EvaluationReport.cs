using System.Globalization;
using System.Text;

namespace Svodka.Core.Classify.Evaluation;

/// <summary>Precision, recall and F1 of one label; NaN where undefined (nothing predicted, or nothing expected).</summary>
public sealed record LabelScore(string Label, int Expected, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? double.NaN : (double)Correct / Predicted;
    public double Recall => Expected == 0 ? double.NaN : (double)Correct / Expected;
    public double F1 => Correct == 0 ? (Expected + Predicted == 0 ? double.NaN : 0) : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// How predicted labels compare with expected ones: accuracy, the confusion matrix (rows expected, columns
/// predicted, in <see cref="Labels"/> order) and per-label precision / recall / F1.
/// </summary>
public sealed record EvaluationReport(int Count, int Correct, IReadOnlyList<string> Labels, int[,] Confusion, IReadOnlyList<LabelScore> PerLabel)
{
    public double Accuracy => Count == 0 ? double.NaN : (double)Correct / Count;

    /// <summary>Mean F1 over the labels that occur (expected or predicted).</summary>
    public double MacroF1 => PerLabel.Where(s => !double.IsNaN(s.F1)).Select(s => s.F1).DefaultIfEmpty(double.NaN).Average();

    public LabelScore For(string label) => PerLabel.FirstOrDefault(s => s.Label == label) ?? new LabelScore(label, 0, 0, 0);

    /// <summary>Times <paramref name="expected"/> was predicted as <paramref name="predicted"/>.</summary>
    public int Cell(string expected, string predicted)
    {
        var i = IndexOf(expected);
        var j = IndexOf(predicted);
        return i < 0 || j < 0 ? 0 : Confusion[i, j];
    }

    private int IndexOf(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
            if (Labels[i] == label) return i;
        return -1;
    }

    /// <summary>The report as the CLI prints it: accuracy, the matrix, then a line per label.</summary>
    public string ToText()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(inv, $"accuracy {Accuracy:F3} ({Correct}/{Count}), macro F1 {MacroF1:F3}"));
        sb.AppendLine();
        var width = Math.Max(8, Labels.Max(l => l.Length) + 1);
        sb.Append("expected \\ predicted".PadRight(width + 2));
        foreach (var l in Labels) sb.Append(Short(l).PadLeft(7));
        sb.AppendLine();
        for (var i = 0; i < Labels.Count; i++)
        {
            sb.Append(Labels[i].PadRight(width + 2));
            for (var j = 0; j < Labels.Count; j++) sb.Append(Confusion[i, j].ToString(inv).PadLeft(7));
            sb.AppendLine();
        }
        sb.AppendLine();
        sb.AppendLine($"{"label".PadRight(width + 2)}{"precision",10}{"recall",10}{"F1",10}{"support",10}");
        foreach (var s in PerLabel)
            sb.AppendLine(string.Create(inv, $"{s.Label.PadRight(width + 2)}{Format(s.Precision),10}{Format(s.Recall),10}{Format(s.F1),10}{s.Expected,10}"));
        return sb.ToString();

        static string Format(double v) => double.IsNaN(v) ? "-" : v.ToString("F3", CultureInfo.InvariantCulture);
        static string Short(string l) => l.Length <= 6 ? l : l[..6];
    }
}
