using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;

namespace Svodka.Core.Classify;

/// <summary>
/// The classifier on disk: one zip holding the news model and the rubric model (each an ML.NET model zip) and
/// a small JSON manifest with what the models need beside themselves (the rubric order, the news threshold,
/// how much body to read). One file, so the model travels and versions as one thing. Beside them, the models as
/// <see cref="LinearTextScorer"/> data, so that a process that only classifies reads a few megabytes of weights
/// instead of loading ML.NET (some 0.7 s of CPU, mostly reflection and JIT, at every start of `svodka tgnews`).
/// </summary>
internal static class ClassifierModelFile
{
    private const string NewsEntry = "news.zip";
    private const string RubricEntry = "rubric.zip";
    private const string ManifestEntry = "manifest.json";
    /// <summary>The two models as <see cref="LinearTextScorer"/> data, when they have the shape it scores (optional: older files lack it).</summary>
    private const string DirectEntry = "direct.bin";
    private const int DirectVersion = 1;
    public const int FormatVersion = 1;

    /// <param name="Rubrics">The rubric model's labels in score order; not_news among them when that model learned it too.</param>
    /// <param name="MarkQuestions">Whether <see cref="Features.ArticleTerms"/> marks a headline that asks (false in models older than the field).</param>
    /// <param name="RubricNotNewsVote">The rubric model's share in the probability of news, when it has a not_news label.</param>
    /// <param name="TitleCopies">How many "t_" copies of the title <see cref="Features.ArticleTerms"/> writes (1 in models older than the field).</param>
    public sealed record Manifest(int Format, string[] Rubrics, double NewsThreshold, int MaxBodyChars, string TrainedOn, int TitleCopies = 1,
        bool MarkQuestions = false, double RubricNotNewsVote = 0, double UrlSectionWeight = 1);

    public static void Write(Stream output, MLContext ml, ITransformer news, ITransformer rubric, DataViewSchema inputSchema, Manifest manifest)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        // The inner model zips are already compressed; storing them again compressed only costs time.
        using (var s = zip.CreateEntry(NewsEntry, CompressionLevel.NoCompression).Open()) ml.Model.Save(news, inputSchema, s);
        using (var s = zip.CreateEntry(RubricEntry, CompressionLevel.NoCompression).Open()) ml.Model.Save(rubric, inputSchema, s);
        using (var s = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal).Open())
            JsonSerializer.Serialize(s, manifest, ManifestJson.Default.Manifest);
        var labels = ArticleClassifier.RubricOrder(rubric.GetOutputSchema(inputSchema), manifest.Rubrics);
        if (DirectScorers(ml, news, rubric, inputSchema, labels.Length) is { } scorers)
        {
            using var s = zip.CreateEntry(DirectEntry, CompressionLevel.Optimal).Open();
            using var writer = new BinaryWriter(s);
            writer.Write(DirectVersion);
            writer.Write(labels.Length);
            foreach (var label in labels) writer.Write(label);
            scorers.News.Write(writer);
            scorers.Rubric.Write(writer);
        }
    }

    /// <summary>
    /// The two models as direct scorers: a binary news model and a rubric model with one score per label; null when
    /// either has another shape, and the models are then left to ML.NET.
    /// </summary>
    public static (LinearTextScorer News, LinearTextScorer Rubric)? DirectScorers(MLContext ml, ITransformer news, ITransformer rubric, DataViewSchema input, int labels) =>
        LinearTextScorer.TryExtract(ml, news, input) is { IsBinary: true } newsScorer
        && LinearTextScorer.TryExtract(ml, rubric, input) is { IsBinary: false } rubricScorer
        && rubricScorer.Classes == labels
            ? (newsScorer, rubricScorer)
            : null;

    /// <summary>The saved direct scorers with the manifest and the rubric model's labels, or null when the file has none.</summary>
    public static (LinearTextScorer News, LinearTextScorer Rubric, string[] Labels, Manifest Manifest)? ReadDirect(Stream input)
    {
        using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        var manifest = ReadManifest(zip);
        if (manifest.Format != FormatVersion || zip.GetEntry(DirectEntry) is not { } entry) return null;
        using var reader = new BinaryReader(entry.Open());
        if (reader.ReadInt32() != DirectVersion) return null;
        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
        var news = LinearTextScorer.Read(reader);
        var rubric = LinearTextScorer.Read(reader);
        if (!news.IsBinary || rubric.IsBinary || rubric.Classes != labels.Length)
            throw new InvalidDataException("the classifier model's direct scorers do not fit its rubrics");
        return (news, rubric, labels, manifest);
    }

    public static (ITransformer News, ITransformer Rubric, DataViewSchema Input, Manifest Manifest) Read(Stream input, MLContext ml)
    {
        using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        var manifest = ReadManifest(zip);
        if (manifest.Format != FormatVersion)
            throw new InvalidDataException($"classifier model format {manifest.Format}, this build reads {FormatVersion}: retrain with `svodka train`");
        var (news, schema) = LoadModel(zip, NewsEntry, ml);
        var (rubric, _) = LoadModel(zip, RubricEntry, ml);
        return (news, rubric, schema, manifest);
    }

    private static Manifest ReadManifest(ZipArchive zip)
    {
        var entry = zip.GetEntry(ManifestEntry) ?? throw new InvalidDataException("not a Svodka classifier model: no manifest.json");
        using var s = entry.Open();
        return JsonSerializer.Deserialize(s, ManifestJson.Default.Manifest) ?? throw new InvalidDataException("empty classifier manifest");
    }

    private static (ITransformer Model, DataViewSchema Input) LoadModel(ZipArchive zip, string name, MLContext ml)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"not a Svodka classifier model: no {name}");
        // ML.NET reads a model from a seekable stream; a zip entry is not one.
        var buffer = new MemoryStream();
        using (var s = entry.Open()) s.CopyTo(buffer);
        buffer.Position = 0;
        var model = ml.Model.Load(buffer, out var schema);
        return (model, schema);
    }
}

/// <summary>The manifest's JSON, generated at compile time: reflection-based serialisation spent 0.1 s of CPU setting itself up on every load.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(ClassifierModelFile.Manifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;
