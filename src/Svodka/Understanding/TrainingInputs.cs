using Svodka.Core.Classify;
using Svodka.Core.Classify.Sources;
using Svodka.Core.Classify.Training;
using Svodka.Core.Language;

namespace Svodka.Understanding;

/// <summary>
/// Finds the labelled sets and opens them the way `svodka train` does: every file that exists, a note for
/// every folder that does not, the exam files only ever as held-out articles.
/// </summary>
public static class TrainingInputs
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Where the labelled sets are read from when --from is not given: SVODKA_SHARED_DATA, else ../shared/data beside the repository.</summary>
    public static string? SharedDataOverride { get; set; }

    public static string? SharedData
    {
        get
        {
            if (SharedDataOverride is not null) return Directory.Exists(SharedDataOverride) ? SharedDataOverride : null;
            var env = Environment.GetEnvironmentVariable("SVODKA_SHARED_DATA");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
            var beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    public static string ModelPath => Path.Combine(RepoRoot, "models", "classifier.zip");

    /// <summary>The exam files (ru and en), or an empty list when tgcontest-toloka is absent.</summary>
    public static List<LabelledExample> Exam(string language)
    {
        var file = Folder("tgcontest-toloka") is { } dir ? Path.Combine(dir, $"{language}_cat_exam.tsv") : null;
        if (file is null || !File.Exists(file)) return [];
        using var reader = File.OpenText(file);
        return [.. TolokaCategories.Read(reader, language)];
    }

    /// <summary>Every source found, assembled; the exam files are passed as held out.</summary>
    public static TrainingSet Assemble(LanguageDetector languages)
    {
        var sources = new TrainingSources();
        var readers = new List<TextReader>();
        TextReader Open(string path)
        {
            var r = File.OpenText(path);
            readers.Add(r);
            return r;
        }
        try
        {
            if (Folder("tgcontest-toloka") is { } toloka)
            {
                foreach (var lang in new[] { "ru", "en" })
                {
                    var training = Path.Combine(toloka, $"{lang}_cat_training.tsv");
                    if (File.Exists(training)) sources.TolokaCategories.Add((Open(training), lang));
                }
                sources.HoldOut.AddRange(Exam("ru"));
                sources.HoldOut.AddRange(Exam("en"));
            }
            else sources.Notes.Add("../shared/data/tgcontest-toloka is absent: no crowd labels");

            if (Folder("tgcontest-extra") is { } extra)
            {
                var categories = Path.Combine(extra, "categories_v0.tsv");
                var detect = Path.Combine(extra, "ru_news_detect_v0.tsv");
                if (File.Exists(categories)) sources.TgcontestExtraCategories.Add(Open(categories));
                if (File.Exists(detect)) sources.TgcontestExtraNewsDetect.Add(Open(detect));
            }
            else sources.Notes.Add("../shared/data/tgcontest-extra is absent");

            if (Folder("ria-topics-partial") is { } ria)
                foreach (var csv in Directory.EnumerateFiles(ria, "*.csv").Order(StringComparer.Ordinal))
                    sources.RiaTopics.Add(Open(csv));
            else sources.Notes.Add("../shared/data/ria-topics-partial is absent");

            if (Folder("tgnews-round1-sample") is { } tgnews)
            {
                sources.TgnewsPages = Directory.EnumerateFiles(tgnews, "*.html", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal).Select(File.ReadAllText);
                sources.DetectLanguage = (title, text) => languages.Detect(title, text).Code;
            }
            else sources.Notes.Add("../shared/data/tgnews-round1-sample is absent");

            var own = Path.Combine(RepoRoot, "training", "labelled");
            if (Directory.Exists(own))
                foreach (var tsv in Directory.EnumerateFiles(own, "*.tsv").Order(StringComparer.Ordinal))
                    sources.Own.Add(Open(tsv));

            return TrainingSetAssembly.Assemble(sources);
        }
        finally
        {
            foreach (var r in readers) r.Dispose();
        }
    }

    private static string? Folder(string name) =>
        SharedData is { } root && Directory.Exists(Path.Combine(root, name)) ? Path.Combine(root, name) : null;

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Svodka.sln"))) return dir.FullName;
        throw new InvalidOperationException("Svodka.sln not found above the current directory");
    }
}
