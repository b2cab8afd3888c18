using BenchmarkDotNet.Attributes;
using Svodka.Ingest.Feeds;

namespace Svodka.Bench.Feeds;

/// <summary>Parsing one realistic feed: `micro --filter '*FeedParseBenchmarks*'`.</summary>
[MemoryDiagnoser]
public class FeedParseBenchmarks
{
    private byte[] _rss = [];
    private byte[] _atom = [];

    [GlobalSetup]
    public void Setup()
    {
        _rss = BenchFeeds.Rss(100, full: true);
        _atom = BenchFeeds.Atom(100);
    }

    /// <summary>100 items with content:encoded, yandex:full-text and media, ~360 KB.</summary>
    [Benchmark]
    public int Rss20_100_items_with_content_encoded() => FeedParser.Parse(_rss).Items.Count;

    /// <summary>100 entries with xml:base, html titles and xhtml content, ~240 KB.</summary>
    [Benchmark]
    public int Atom10_100_entries_with_xhtml_content() => FeedParser.Parse(_atom).Items.Count;
}
