using System.ServiceModel.Syndication;
using System.Xml;
using Svodka.Ingest.Feeds;

namespace Svodka.Bench.Feeds;

/// <summary>One library under comparison: bytes in, (title, link) per item out, or an exception.</summary>
internal sealed record FeedContestant(string Name, Func<byte[], IReadOnlyList<(string? Title, string? Link)>> Parse);

internal static class FeedContestants
{
    public static IReadOnlyList<FeedContestant> All { get; } =
    [
        new("System.ServiceModel.Syndication", Syndication),
        new("CodeHollow.FeedReader", CodeHollow),
        new("Svodka FeedParser", Svodka),
    ];

    // The safe way to call it: DTDs ignored, no resolver. Anything else would let XXE through.
    private static IReadOnlyList<(string?, string?)> Syndication(byte[] body)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(body), settings);
        var feed = SyndicationFeed.Load(reader);
        return feed.Items.Select(i => (i.Title?.Text, i.Links.FirstOrDefault()?.Uri?.ToString())).ToList();
    }

    private static IReadOnlyList<(string?, string?)> CodeHollow(byte[] body)
    {
        var feed = global::CodeHollow.FeedReader.FeedReader.ReadFromByteArray(body);
        return feed.Items.Select(i => ((string?)i.Title, (string?)i.Link)).ToList();
    }

    private static IReadOnlyList<(string?, string?)> Svodka(byte[] body) =>
        FeedParser.Parse(body).Items.Select(i => (i.Title, i.Link)).ToList();
}
