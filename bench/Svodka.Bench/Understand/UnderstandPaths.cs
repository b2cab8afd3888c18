using Svodka.Core.Entities;

namespace Svodka.Bench.Understand;

/// <summary>Where the understand benchmarks find the repository's gazetteers and ../shared/data.</summary>
internal static class UnderstandPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? SharedData(string folder)
    {
        var root = Environment.GetEnvironmentVariable("SVODKA_SHARED_DATA") is { Length: > 0 } env
            ? env : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
        var path = Path.Combine(root, folder);
        return Directory.Exists(path) ? path : null;
    }

    public static Gazetteer LoadGazetteer(string? folder = null)
    {
        folder ??= Path.Combine(RepoRoot, "config", "gazetteers");
        using var regions = File.OpenText(Path.Combine(folder, "regions.tsv"));
        using var countries = File.OpenText(Path.Combine(folder, "countries.tsv"));
        using var persons = File.OpenText(Path.Combine(folder, "persons.tsv"));
        return Gazetteer.Load(regions, countries, persons);
    }

    public static string? TopicsFile() => Path.Combine(RepoRoot, "config", "topics.tsv") is var p && File.Exists(p) ? p : null;

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Svodka.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
