using System.Text.Json.Nodes;

namespace Svodka.Bench.Feeds;

/// <summary>An input file and what a correct parse finds in it (titles and links), or that it must be refused.</summary>
internal sealed record BenchFeedFile(string Source, string Name, string Path, bool MustRefuse, IReadOnlyList<(string? Title, string? Link)> Expected);

/// <summary>
/// The comparison corpus: gofeed's testdata (expected from its JSON) and Svodka's own ugly fixtures (expected from
/// Feeds/testdata/expected-items.tsv).
/// </summary>
internal static class FeedBenchCorpus
{
    public static string RepoRoot => Understand.UnderstandPaths.RepoRoot;

    public static string FixtureFolder => System.IO.Path.Combine(RepoRoot, "tests", "Svodka.Ingest.Tests", "Feeds", "testdata");

    public static string? GofeedFolder(string[] args)
    {
        var path = BenchReport.Option(args, "--gofeed")
            ?? System.IO.Path.Combine(Environment.GetEnvironmentVariable("SVODKA_SHARED_DATA") ?? System.IO.Path.Combine(RepoRoot, "..", "shared", "data"), "gofeed-testdata");
        return Directory.Exists(path) ? path : null;
    }

    public static List<BenchFeedFile> Fixtures()
    {
        var byFile = new Dictionary<string, (bool Refuse, List<(string?, string?)> Items)>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(System.IO.Path.Combine(FixtureFolder, "expected-items.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var cells = line.Split('\t');
            if (!byFile.TryGetValue(cells[0], out var entry)) byFile[cells[0]] = entry = (false, []);
            if (cells[1] == "refuse") byFile[cells[0]] = (true, entry.Items);
            else entry.Items.Add((cells[2], cells[3]));
        }
        return byFile.Select(f => new BenchFeedFile("svodka", f.Key, System.IO.Path.Combine(FixtureFolder, f.Key), f.Value.Refuse, f.Value.Items)).ToList();
    }

    public static List<BenchFeedFile> Gofeed(string root)
    {
        var files = new List<BenchFeedFile>();
        foreach (var input in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetRelativePath(root, input);
            if (name.EndsWith("_expected.json", StringComparison.Ordinal) || !(name.EndsWith(".xml") || name.EndsWith(".json"))) continue;
            var expectedPath = name.EndsWith(".json") ? input[..^5] + "_expected.json" : System.IO.Path.ChangeExtension(input, ".json");
            if (name.StartsWith("parser/universal", StringComparison.Ordinal) || name.StartsWith("parser/json/invalid", StringComparison.Ordinal))
            {
                // parser/universal names the expectation in the file name: unknown_feed, empty_feed and invalid are refused.
                var file = System.IO.Path.GetFileNameWithoutExtension(name);
                var refuse = file is "unknown_feed" or "empty_feed" or "invalid";
                files.Add(new BenchFeedFile("gofeed", name, input, refuse, []));
            }
            else if (File.Exists(expectedPath))
            {
                files.Add(new BenchFeedFile("gofeed", name, input, false, ExpectedItems(JsonNode.Parse(File.ReadAllText(expectedPath))!)));
            }
        }
        return files;
    }

    // Titles and links from gofeed's universal, RSS, Atom or JSON Feed model alike.
    private static List<(string?, string?)> ExpectedItems(JsonNode json)
    {
        var items = (json["items"] ?? json["entries"]) as JsonArray ?? [];
        return items.OfType<JsonObject>().Select(item =>
        {
            var title = (string?)item["title"] ?? (string?)item["dcExt"]?["title"]?[0];
            var link = (string?)item["link"] ?? (string?)item["url"];
            if (link is null && item["links"] is JsonArray links)
                link = links.OfType<JsonObject>().Where(l => ((string?)l["rel"] ?? "alternate") == "alternate").Select(l => (string?)l["href"]).FirstOrDefault();
            return (title, link);
        }).ToList();
    }
}
