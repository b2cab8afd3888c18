using Svodka.Core.Entities;
using Svodka.Core.Language;
using Svodka.Core.Stories;

namespace Svodka.Bench.Stories;

/// <summary>Where the repository's gazetteers and ../shared/data are, and the featurizer the story benchmarks share.</summary>
internal static class BenchData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedData =>
        Environment.GetEnvironmentVariable("SVODKA_SHARED_DATA") is { Length: > 0 } fromEnv && Directory.Exists(fromEnv)
            ? fromEnv
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    private static readonly Lazy<EntityTagger> LazyTagger = new(() =>
    {
        var folder = Path.Combine(RepoRoot, "config", "gazetteers");
        using var regions = File.OpenText(Path.Combine(folder, "regions.tsv"));
        using var countries = File.OpenText(Path.Combine(folder, "countries.tsv"));
        using var persons = File.OpenText(Path.Combine(folder, "persons.tsv"));
        return new EntityTagger(Gazetteer.Load(regions, countries, persons));
    });

    public static EntityTagger Tagger => LazyTagger.Value;
    public static LanguageDetector Detector { get; } = new();
    public static StoryFeaturizer Featurizer { get; } = new(Detector, LazyTagger.Value);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Svodka.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
