using System.Text.Json.Nodes;
using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds.Gofeed;

/// <summary>One input of gofeed's testdata and what gofeed expects of it.</summary>
/// <param name="Group">translator, extensions, parser/rss, parser/atom, parser/json or parser/universal.</param>
/// <param name="Expected">The expected parse in the inspect shape; null where gofeed expects only a format or an error.</param>
/// <param name="ExpectedFormat">The format sniffing should find; null where the input must be refused.</param>
internal sealed record GofeedCase(string Name, string Group, string Input, JsonNode? ExpectedJson, InspectShape? Expected, FeedFormat? ExpectedFormat);

internal static class GofeedCorpus
{
    public static IEnumerable<GofeedCase> Load(string root)
    {
        foreach (var kind in new[] { "rss", "atom" })
            foreach (var c in XmlPairs(root, $"translator/{kind}", GofeedExpectation.Universal)) yield return c;
        foreach (var c in JsonPairs(root, "translator/json", GofeedExpectation.Universal)) yield return c;
        foreach (var folder in Directory.GetDirectories(Path.Combine(root, "extensions")).Order(StringComparer.Ordinal))
            foreach (var c in XmlPairs(root, Path.GetRelativePath(root, folder), GofeedExpectation.Universal, "extensions")) yield return c;
        foreach (var c in XmlPairs(root, "parser/rss", GofeedExpectation.Rss)) yield return c;
        foreach (var c in XmlPairs(root, "parser/atom", GofeedExpectation.Atom)) yield return c;
        foreach (var c in JsonPairs(root, "parser/json", GofeedExpectation.JsonFeed)) yield return c;
        foreach (var file in Directory.GetFiles(Path.Combine(root, "parser/json/invalid")).Order(StringComparer.Ordinal))
            yield return new GofeedCase(Path.GetFileName(file), "parser/json", file, null, null, null);
        foreach (var file in Directory.GetFiles(Path.Combine(root, "parser/universal")).Order(StringComparer.Ordinal))
            yield return new GofeedCase(Path.GetFileName(file), "parser/universal", file, null, null, FormatByName(Path.GetFileName(file)));
    }

    private static IEnumerable<GofeedCase> XmlPairs(string root, string folder, Func<JsonNode, InspectShape> map, string? group = null)
    {
        foreach (var input in Directory.GetFiles(Path.Combine(root, folder), "*.xml").Order(StringComparer.Ordinal))
        {
            var expected = Path.ChangeExtension(input, ".json");
            if (!File.Exists(expected)) continue;
            var json = JsonNode.Parse(File.ReadAllText(expected))!;
            yield return new GofeedCase(Path.GetFileName(input), group ?? folder, input, json, map(json), FormatOf(json, input));
        }
    }

    private static IEnumerable<GofeedCase> JsonPairs(string root, string folder, Func<JsonNode, InspectShape> map)
    {
        foreach (var input in Directory.GetFiles(Path.Combine(root, folder), "*.json").Order(StringComparer.Ordinal))
        {
            if (input.EndsWith("_expected.json", StringComparison.Ordinal)) continue;
            var expected = input[..^".json".Length] + "_expected.json";
            if (!File.Exists(expected)) continue;
            var json = JsonNode.Parse(File.ReadAllText(expected))!;
            yield return new GofeedCase(Path.GetFileName(input), folder, input, json, map(json), FeedFormat.JsonFeed);
        }
    }

    private static FeedFormat FormatOf(JsonNode json, string input)
    {
        if (Path.GetExtension(input) == ".json") return FeedFormat.JsonFeed;
        var head = File.ReadAllText(input);
        if (head.Contains("<rdf:RDF", StringComparison.Ordinal) || head.Contains("<RDF", StringComparison.Ordinal)) return FeedFormat.Rdf;
        return (string?)json["feedType"] == "atom" || json["entries"] is not null ? FeedFormat.Atom : FeedFormat.Rss;
    }

    // parser/universal names the expectation in the file name: atom03_feed.xml, rdf_feed.xml, unknown_feed.xml, …
    private static FeedFormat? FormatByName(string name) => name switch
    {
        _ when name.StartsWith("atom", StringComparison.Ordinal) => FeedFormat.Atom,
        _ when name.StartsWith("rdf", StringComparison.Ordinal) => FeedFormat.Rdf,
        _ when name.StartsWith("rss", StringComparison.Ordinal) => FeedFormat.Rss,
        _ when name.StartsWith("json", StringComparison.Ordinal) || name == "sample.json" => FeedFormat.JsonFeed,
        _ => null, // unknown_feed.xml, empty_feed.xml, invalid.json
    };
}
