namespace Svodka.Core.Classify.Training;

/// <summary>The examples assembled for training and a note per source (counts, what was dropped and why).</summary>
public sealed record TrainingSet(IReadOnlyList<LabelledExample> Examples, IReadOnlyList<string> Notes)
{
    public TrainingSet Only(IEnumerable<string> origins)
    {
        var keep = origins.ToHashSet(StringComparer.Ordinal);
        return this with { Examples = [.. Examples.Where(e => keep.Contains(e.Origin))] };
    }
}
