using System.IO.Compression;
using Microsoft.Extensions.Configuration;
using Svodka.Core.Language;
using Svodka.Core.Stories;
using Svodka.Core.Tgnews;
using Svodka.Sources;

namespace Svodka.Understanding;

/// <summary>
/// Document frequencies of a background corpus of news (models/story-frequencies.tsv.gz), the counts a
/// clusterer starts from. Without them IDF comes from the articles seen so far, and on a fresh installation,
/// a small portal or a contest directory that is a handful of articles: every word the first two reports
/// of an event share looks common, and they stay apart. `svodka train` builds the table from the tgnews
/// sample; live counts are added on top, so a large installation soon outweighs it.
/// </summary>
public static class StoryBackground
{
    public static readonly string ShippedFile = Path.Combine("models", "story-frequencies.tsv.gz");

    /// <summary>Terms seen in fewer articles than this are left out of the shipped table.</summary>
    private const int MinFrequency = 2;

    /// <summary>The table named by Understanding:StoryFrequencies, else the shipped one; empty counts when neither exists.</summary>
    public static DocumentFrequencies Load(IConfiguration configuration)
    {
        var path = configuration["Understanding:StoryFrequencies"] ?? SourceSeeding.FindShipped(ShippedFile);
        if (path is null) return new DocumentFrequencies();
        if (!File.Exists(path)) throw new FileNotFoundException($"story frequency table missing: {path}", path);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        try
        {
            return DocumentFrequencies.Read(reader);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Counts the Russian and English pages of a tgnews-format folder (*.html under it); <paramref name="progress"/> gets (done, total).</summary>
    public static DocumentFrequencies Build(string tgnewsFolder, LanguageDetector languages, Action<int, int>? progress = null)
    {
        var pages = Directory.EnumerateFiles(tgnewsFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var done = 0;
        var features = pages.AsParallel().AsOrdered().Select(path =>
        {
            StoryFeatures? f = null;
            try
            {
                var page = ContestPage.Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));
                var language = languages.Detect(page.Title, page.Text).Code;
                if (language is "ru" or "en")
                    f = StoryFeatures.From(page.Name, page.Title, page.Text, language, null, page.Published, page.SiteName);
            }
            catch (FormatException)
            {
                // not a contest page: nothing to count
            }
            progress?.Invoke(Interlocked.Increment(ref done), pages.Count);
            return f;
        }).ToList();
        var df = new DocumentFrequencies();
        foreach (var f in features)
            if (f is not null) df.Add(f);
        return df;
    }

    /// <summary>Writes the table gzipped, through a temporary file so a reader never sees half of it.</summary>
    public static void Save(DocumentFrequencies frequencies, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new System.Text.UTF8Encoding(false)))
            frequencies.Write(writer, MinFrequency);
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>The background table as a service: read once, on first use, and shared (callers copy before counting).</summary>
public sealed class StoryBackgroundFrequencies(IConfiguration configuration)
{
    private readonly Lazy<DocumentFrequencies> _counts = new(() => StoryBackground.Load(configuration));

    public DocumentFrequencies Counts => _counts.Value;
}
