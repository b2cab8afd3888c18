using System.Globalization;
using System.Text.Json.Nodes;
using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds.Gofeed;

/// <summary>
/// A feed flattened to the inspect shape's fields, each a canonical string (lists joined by newlines, times as
/// the inspect output writes them). A field the source model cannot express is absent, and is not compared.
/// </summary>
internal sealed record InspectShape(Dictionary<string, string?> Feed, List<Dictionary<string, string?>> Items)
{
    public static readonly string[] FeedFields = ["title", "link", "language"];

    public static readonly string[] ItemFields =
        ["id", "title", "link", "published", "updated", "author", "categories", "summary", "content", "enclosures"];

    /// <summary>Ours, read back from what `svodka feed inspect` prints, so the contract under test is the printed one.</summary>
    public static InspectShape Of(ParsedFeed feed)
    {
        var json = JsonNode.Parse(FeedInspectJson.Write(feed))!;
        var shape = new InspectShape(new(), []);
        foreach (var field in FeedFields) shape.Feed[field] = (string?)json[field];
        foreach (var item in json["items"]!.AsArray())
        {
            shape.Items.Add(new Dictionary<string, string?>
            {
                ["id"] = (string?)item!["id"],
                ["title"] = (string?)item["title"],
                ["link"] = (string?)item["link"],
                ["published"] = (string?)item["published"],
                ["updated"] = (string?)item["updated"],
                ["author"] = (string?)item["author"],
                ["categories"] = List(item["categories"]!.AsArray().Select(c => (string?)c)),
                ["summary"] = (string?)item["summary"],
                ["content"] = (string?)item["content_html"],
                ["enclosures"] = List(item["enclosures"]!.AsArray().Select(e =>
                    Enclosure((string?)e!["url"], (string?)e["type"], e["length"]?.ToString()))),
            });
        }
        return shape;
    }

    public static string? List(IEnumerable<string?> values)
    {
        var kept = values.Where(v => !string.IsNullOrEmpty(v)).ToList();
        return kept.Count == 0 ? null : string.Join("\n", kept);
    }

    public static string Enclosure(string? url, string? type, string? length) => $"{url} | {type} | {length}";

    /// <summary>An RFC 3339 time from gofeed's "…Parsed" fields, written as the inspect output writes times.</summary>
    public static string? Time(string? rfc3339) =>
        rfc3339 is null ? null
        : FeedInspectJson.FormatTime(DateTimeOffset.Parse(rfc3339, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
}
