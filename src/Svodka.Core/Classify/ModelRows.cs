using Microsoft.ML.Data;

namespace Svodka.Core.Classify;

/// <summary>One training row as ML.NET reads it.</summary>
internal sealed class TrainingRow
{
    public string Document { get; set; } = "";
    public string Label { get; set; } = "";
    public bool IsNews { get; set; }
    public float Weight { get; set; } = 1f;
}

/// <summary>What the models read at prediction time: the document of <see cref="Features.ArticleTerms"/>.</summary>
internal sealed class DocumentRow
{
    public string Document { get; set; } = "";
}

internal sealed class NewsPrediction
{
    [ColumnName("Probability")]
    public float Probability { get; set; }
}

internal sealed class RubricPrediction
{
    /// <summary>One probability per rubric, in the order of the model's labels.</summary>
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
