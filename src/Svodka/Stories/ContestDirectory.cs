using Svodka.Core.Tgnews;

namespace Svodka.Stories;

/// <summary>Every *.html below a folder, parsed in parallel (malformed files skipped with a warning), in path order.</summary>
public static class ContestDirectory
{
    public static List<ContestPage> Read(string root)
    {
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"{root}: no such directory");
        var files = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new FileNotFoundException($"{root}: no *.html files below it");
        var pages = files.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(path =>
        {
            try
            {
                return ContestPage.Parse(File.ReadAllText(path), path);
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"warning: skipped {e.Message}");
                return null;
            }
        }).ToList();
        return pages.Where(p => p is not null).ToList()!;
    }
}
