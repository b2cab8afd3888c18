using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds;

/// <summary>
/// testdata/expected-items.tsv is what the feed-libraries benchmark scores every library against; this keeps it
/// honest: FeedParser must find exactly those titles and links, and refuse what it marks "refuse".
/// </summary>
public sealed class FixtureExpectationsTests
{
    public static TheoryData<string> Files() =>
        new(File.ReadAllLines(Path.Combine(FeedFixtures.Folder, "expected-items.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).Distinct());

    [Theory]
    [MemberData(nameof(Files))]
    public void Fixture_parses_to_its_expected_titles_and_links(string file)
    {
        var rows = File.ReadAllLines(Path.Combine(FeedFixtures.Folder, "expected-items.tsv"))
            .Select(l => l.Split('\t')).Where(cells => cells[0] == file).ToList();

        if (rows[0][1] == "refuse")
        {
            Assert.Throws<FeedParseException>(() => FeedFixtures.Parse(file));
            return;
        }
        var items = FeedFixtures.Parse(file).Items;
        Assert.Equal(rows.Select(r => (r[2], r[3])), items.Select(i => (i.Title!, i.Link!)));
    }
}
