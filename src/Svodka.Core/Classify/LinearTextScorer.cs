using System.Runtime.InteropServices;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Svodka.Core.Classify;

/// <summary>
/// One of the classifier's trained models scored without ML.NET's prediction engine: the weights and the vocabulary
/// are read once from the loaded model (or from the plain copy the trainer saves beside it, <see cref="Read"/>), and a document (<see cref="Features.ArticleTerms"/>, stems separated by
/// spaces) is featurized as the trainer's text featurizer does it (split at spaces, count each known stem, L2 norm)
/// and scored by the linear model: a Platt-calibrated probability for the news model, softmax scores for the rubric
/// model. An engine costs a pooled object, a data view row and several copies per call; this is a dictionary look-up
/// per stem and one multiply-add per stem and class. Immutable and thread-safe.
/// <see cref="TryExtract"/> refuses a model of another shape (a learner or featurizer the trainer may offer but this
/// does not reproduce), and checks its featurizing against ML.NET's on probe documents, so a caller falls back to the
/// prediction engine rather than scoring wrongly.
/// </summary>
internal sealed class LinearTextScorer
{
    private readonly Dictionary<string, int> _features;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    /// <summary>Weights by feature, then class: <c>_weights[feature * _classes + k]</c>.</summary>
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly int _classes;
    /// <summary>Platt calibration of a binary model (probability = 1 / (1 + exp(slope · score + offset))); null for a softmax model.</summary>
    private readonly (double Slope, double Offset)? _platt;

    private LinearTextScorer(Dictionary<string, int> features, float[] weights, float[] biases, int classes, (double, double)? platt)
    {
        _features = features;
        _lookup = features.GetAlternateLookup<ReadOnlySpan<char>>();
        _weights = weights;
        _biases = biases;
        _classes = classes;
        _platt = platt;
    }

    /// <summary>Whether this scores a binary model (one probability) rather than a multiclass one (a score per class).</summary>
    public bool IsBinary => _platt is not null;

    public int Classes => _classes;

    /// <summary>The calibrated probability of the positive class (binary models).</summary>
    public float Probability(string document)
    {
        if (_platt is not { } platt) throw new InvalidOperationException("not a binary model");
        Span<float> score = stackalloc float[1];
        RawScores(document, score);
        return (float)(1 / (1 + Math.Exp(platt.Slope * score[0] + platt.Offset)));
    }

    /// <summary>The softmax scores of each class, in the model's class order (multiclass models).</summary>
    public float[] Scores(string document)
    {
        if (_platt is not null) throw new InvalidOperationException("not a multiclass model");
        var scores = new float[_classes];
        RawScores(document, scores);
        var max = float.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        var sum = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            var e = Math.Exp(scores[k] - max);
            scores[k] = (float)e;
            sum += e;
        }
        for (var k = 0; k < scores.Length; k++) scores[k] = (float)(scores[k] / sum);
        return scores;
    }

    /// <summary>bias + w · x for each class, x being the L2-normed counts of the document's known stems.</summary>
    private void RawScores(string document, Span<float> scores)
    {
        var found = Features(document);
        for (var k = 0; k < _classes; k++) scores[k] = _biases[k];
        if (found.Count == 0) return;
        var ids = CollectionsMarshal.AsSpan(found);
        ids.Sort();
        var squares = 0.0;
        for (var i = 0; i < ids.Length;)
        {
            var j = i + 1;
            while (j < ids.Length && ids[j] == ids[i]) j++;
            squares += (double)(j - i) * (j - i);
            i = j;
        }
        var norm = (float)Math.Sqrt(squares);
        for (var i = 0; i < ids.Length;)
        {
            var j = i + 1;
            while (j < ids.Length && ids[j] == ids[i]) j++;
            var x = (j - i) / norm;
            var row = ids[i] * _classes;
            for (var k = 0; k < _classes; k++) scores[k] += _weights[row + k] * x;
            i = j;
        }
    }

    /// <summary>The feature index of every space-separated token the vocabulary knows, repeats included.</summary>
    private List<int> Features(string document)
    {
        var found = new List<int>(64);
        var span = document.AsSpan();
        foreach (var range in span.Split(' '))
        {
            var token = span[range];
            if (token.Length > 0 && _lookup.TryGetValue(token, out var id)) found.Add(id);
        }
        return found;
    }

    /// <summary>How many of the vocabulary's terms have a weight other than zero for some class, of how many there are.</summary>
    internal (int Weighted, int Terms) WeightedTerms()
    {
        var weighted = 0;
        for (var f = 0; f < _features.Count; f++)
            if (_weights.AsSpan(f * _classes, _classes).ContainsAnyExcept(0f)) weighted++;
        return (weighted, _features.Count);
    }

    /// <summary>The L2-normed features of a document, as the scorer computes them (for the probe and tests).</summary>
    internal SortedDictionary<int, float> FeatureVector(string document)
    {
        var counts = new SortedDictionary<int, float>();
        foreach (var id in Features(document)) counts[id] = counts.GetValueOrDefault(id) + 1;
        var norm = MathF.Sqrt(counts.Values.Sum(c => c * c));
        foreach (var id in counts.Keys.ToList()) counts[id] /= norm;
        return counts;
    }

    /// <summary>
    /// Writes the scorer as plain data (vocabulary in feature order, weights, biases, calibration), so a model file can
    /// carry it and <see cref="Read"/> can give it back without loading ML.NET at all.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_classes);
        writer.Write(_platt is not null);
        if (_platt is { } platt)
        {
            writer.Write(platt.Slope);
            writer.Write(platt.Offset);
        }
        foreach (var b in _biases) writer.Write(b);
        writer.Write(_features.Count);
        foreach (var (name, _) in _features.OrderBy(p => p.Value)) writer.Write(name);
        foreach (var w in _weights) writer.Write(w);
    }

    /// <summary>Floats as <see cref="BinaryWriter.Write(float)"/> writes them (little-endian), read as one block where the machine's order is the same.</summary>
    private static void ReadFloats(BinaryReader reader, float[] values)
    {
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < values.Length; i++) values[i] = reader.ReadSingle();
            return;
        }
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>A scorer <see cref="Write"/> wrote; throws <see cref="InvalidDataException"/> on anything else.</summary>
    public static LinearTextScorer Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        if (classes < 1 || classes > 1000) throw new InvalidDataException($"direct scorer with {classes} classes");
        (double, double)? platt = reader.ReadBoolean() ? (reader.ReadDouble(), reader.ReadDouble()) : null;
        var biases = new float[classes];
        for (var k = 0; k < classes; k++) biases[k] = reader.ReadSingle();
        var count = reader.ReadInt32();
        if (count < 0 || count > 10_000_000) throw new InvalidDataException($"direct scorer with {count} features");
        var features = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var f = 0; f < count; f++)
            if (!features.TryAdd(reader.ReadString(), f)) throw new InvalidDataException("direct scorer names a feature twice");
        var weights = new float[count * classes];
        ReadFloats(reader, weights);
        return new LinearTextScorer(features, weights, biases, classes, platt);
    }

    /// <summary>
    /// The scorer of a loaded model (a featurizer followed by a linear binary or maximum-entropy predictor), or null
    /// when the model has another shape or its featurizer does not give the same vector as this on probe documents.
    /// </summary>
    public static LinearTextScorer? TryExtract(MLContext ml, ITransformer model, DataViewSchema input)
    {
        if (model is not IEnumerable<ITransformer> chain) return null;
        var parts = chain.ToList();
        if (parts.Count < 2 || parts[^1] is not ISingleFeaturePredictionTransformer<object> predictor) return null;

        var featurizer = new TransformerChain<ITransformer>([.. parts.Take(parts.Count - 1)]);
        var schema = featurizer.GetOutputSchema(input);
        if (schema.GetColumnOrNull(predictor.FeatureColumnName) is not { } column
            || column.Type is not VectorDataViewType { IsKnownSize: true, Size: var size }
            || !column.HasSlotNames()) return null;

        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        var features = new Dictionary<string, int>(size, StringComparer.Ordinal);
        var index = 0;
        foreach (var name in names.DenseValues())
        {
            var s = name.ToString();
            // Word pairs are named "a|b"; a stem with a space could never be one token: neither is a bag of single stems.
            if (s.Length == 0 || s.Contains('|') || s.Contains(' ') || !features.TryAdd(s, index)) return null;
            index++;
        }
        if (index != size) return null;

        LinearTextScorer? scorer = predictor.Model switch
        {
            CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated =>
                calibrated.SubModel.Weights.Count != size ? null : new LinearTextScorer(features, [.. calibrated.SubModel.Weights], [calibrated.SubModel.Bias], 1,
                    (calibrated.Calibrator.Slope, calibrated.Calibrator.Offset)),
            MaximumEntropyModelParameters maxent => FromMaxEnt(features, maxent, size),
            _ => null,
        };
        return scorer is not null && scorer.FeaturizesLike(ml, featurizer, input, predictor.FeatureColumnName) ? scorer : null;
    }

    private static LinearTextScorer? FromMaxEnt(Dictionary<string, int> features, MaximumEntropyModelParameters model, int size)
    {
        VBuffer<float>[] perClass = [];
        model.GetWeights(ref perClass, out var classes);
        var biases = model.GetBiases().ToArray();
        if (classes < 2 || perClass.Length != classes || biases.Length != classes) return null;
        var weights = new float[size * classes];
        for (var k = 0; k < classes; k++)
        {
            if (perClass[k].Length != size) return null;
            var dense = Dense(perClass[k], size);
            for (var f = 0; f < size; f++) weights[f * classes + k] = dense[f];
        }
        return new LinearTextScorer(features, weights, biases, classes, null);
    }

    private static float[] Dense(in VBuffer<float> weights, int size)
    {
        var dense = new float[size];
        if (weights.Length != size) throw new InvalidDataException($"model has {weights.Length} weights for {size} features");
        var values = weights.GetValues();
        if (weights.IsDense) values.CopyTo(dense);
        else
        {
            var indices = weights.GetIndices();
            for (var i = 0; i < indices.Length; i++) dense[indices[i]] = values[i];
        }
        return dense;
    }

    /// <summary>
    /// Runs probe documents through ML.NET's featurizer and compares with <see cref="FeatureVector"/>: a word-pair,
    /// character n-gram or TF-IDF featurizer gives other vectors, and is then left to ML.NET.
    /// </summary>
    private bool FeaturizesLike(MLContext ml, ITransformer featurizer, DataViewSchema input, string featureColumn)
    {
        if (input.GetColumnOrNull(nameof(DocumentRow.Document)) is not { Type: TextDataViewType }) return false;
        var vocabulary = _features.Keys.Take(6).ToArray();
        if (vocabulary.Length == 0) return false;
        string[] probes =
        [
            string.Join(' ', vocabulary),
            $"{vocabulary[0]} {vocabulary[0]} {vocabulary[^1]} unknown-stem-{Guid.Empty}",
            $"{vocabulary[^1]}  {vocabulary[0]} {vocabulary[^1]} {vocabulary[^1]}",
            "",
        ];
        var rows = ml.Data.LoadFromEnumerable(probes.Select(p => new DocumentRow { Document = p }));
        var transformed = featurizer.Transform(rows);
        var column = transformed.Schema[featureColumn];
        using var cursor = transformed.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        VBuffer<float> vector = default;
        foreach (var probe in probes)
        {
            if (!cursor.MoveNext()) return false;
            getter(ref vector);
            var expected = FeatureVector(probe);
            var actual = new SortedDictionary<int, float>();
            foreach (var (i, v) in vector.Items()) if (v != 0) actual[i] = v;
            if (actual.Count != expected.Count) return false;
            foreach (var (i, v) in expected)
                if (!actual.TryGetValue(i, out var a) || Math.Abs(a - v) > 1e-5f) return false;
        }
        return true;
    }
}
