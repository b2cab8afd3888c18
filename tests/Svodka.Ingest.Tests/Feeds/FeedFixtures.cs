using Svodka.Ingest.Feeds;
using Svodka.Testing;

namespace Svodka.Ingest.Tests.Feeds;

/// <summary>The ugly real-world feed shapes in Feeds/testdata, read from the source tree.</summary>
internal static class FeedFixtures
{
    public static string Folder { get; } = Path.Combine(TestData.RepoRoot, "tests", "Svodka.Ingest.Tests", "Feeds", "testdata");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static ParsedFeed Parse(string name, string? feedUrl = null, string? contentType = null) =>
        FeedParser.Parse(Bytes(name), feedUrl is null ? null : new Uri(feedUrl), contentType);
}
