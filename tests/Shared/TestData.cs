namespace Svodka.Testing;

/// <summary>Where the third-party data sets (../shared/data) and the repository's own files are.</summary>
internal static class TestData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/data beside the repository, or SVODKA_SHARED_DATA; null when absent.</summary>
    public static string? SharedDataRoot
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("SVODKA_SHARED_DATA");
            if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return fromEnv;
            var beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    /// <summary>A folder of ../shared/data, or skips the calling test with a message that says what is missing.</summary>
    public static string RequireShared(string folder)
    {
        var root = SharedDataRoot;
        var path = root is null ? null : Path.Combine(root, folder);
        if (path is null || !Directory.Exists(path))
            Assert.Skip($"../shared/data/{folder} is absent (set SVODKA_SHARED_DATA to the data folder to run this test)");
        return path!;
    }

    /// <summary>A file of ../shared/seed (the portal page Svodka was started from), or skips the calling test.</summary>
    public static string RequireSeed(string file)
    {
        var fromData = SharedDataRoot is { } data ? Path.Combine(data, "..", "seed", file) : null;
        var beside = Path.Combine(RepoRoot, "..", "shared", "seed", file);
        var path = fromData is not null && System.IO.File.Exists(fromData) ? fromData : beside;
        if (!System.IO.File.Exists(path))
            Assert.Skip($"../shared/seed/{file} is absent (the seed page lives beside the repository)");
        return Path.GetFullPath(path);
    }

    /// <summary>A file under the test project's testdata/ folder.</summary>
    public static string File(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "testdata", .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Svodka.sln"))) return dir.FullName;
        throw new InvalidOperationException("Svodka.sln not found above " + AppContext.BaseDirectory);
    }
}
