namespace Svodka.Bench.Extraction;

/// <summary>Finds ../shared/data beside the repository (or SVODKA_SHARED_DATA) from wherever the bench runs.</summary>
internal static class SharedData
{
    public static string? Folder(string name)
    {
        var fromEnv = Environment.GetEnvironmentVariable("SVODKA_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(Path.Combine(fromEnv, name))) return Path.Combine(fromEnv, name);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Svodka.sln")))
                {
                    var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", name));
                    return Directory.Exists(path) ? path : null;
                }
        return null;
    }
}
