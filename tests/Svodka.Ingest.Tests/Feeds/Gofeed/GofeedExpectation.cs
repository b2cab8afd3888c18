using System.Text.Json.Nodes;

namespace Svodka.Ingest.Tests.Feeds.Gofeed;

/// <summary>
/// gofeed's expected JSON mapped to the inspect shape. translator/* and extensions/* hold gofeed's universal model,
/// which maps field for field; parser/* hold the format's own model, of which we map what corresponds (an RSS item
/// has no "updated", so that field is not compared for parser/rss).
/// </summary>
internal static class GofeedExpectation
{
    public static InspectShape Universal(JsonNode json)
    {
        var shape = Feed(json, "title", (string?)json["link"], "language");
        foreach (var item in Items(json, "items"))
        {
            shape.Items.Add(new()
            {
                ["id"] = (string?)item["guid"],
                ["title"] = (string?)item["title"],
                ["link"] = (string?)item["link"],
                ["published"] = InspectShape.Time((string?)item["publishedParsed"]),
                ["updated"] = InspectShape.Time((string?)item["updatedParsed"]),
                ["author"] = Person(item["author"] ?? Objects(item["authors"]).FirstOrDefault()),
                ["categories"] = InspectShape.List(Strings(item["categories"])),
                ["summary"] = (string?)item["description"],
                ["content"] = (string?)item["content"],
                ["enclosures"] = InspectShape.List(Objects(item["enclosures"])
                    .Select(e => InspectShape.Enclosure((string?)e["url"], (string?)e["type"], (string?)e["length"]))),
            });
        }
        return shape;
    }

    public static InspectShape Rss(JsonNode json)
    {
        var shape = Feed(json, "title", (string?)json["link"], "language");
        foreach (var item in Items(json, "items"))
        {
            var dc = item["dcExt"];
            shape.Items.Add(new()
            {
                ["id"] = (string?)item["guid"]?["value"],
                ["title"] = (string?)item["title"] ?? First(dc?["title"]),
                ["link"] = (string?)item["link"],
                ["published"] = InspectShape.Time((string?)item["pubDateParsed"] ?? First(dc?["date"])),
                ["author"] = (string?)item["author"] ?? First(dc?["creator"]) ?? (string?)item["itunesExt"]?["author"],
                ["categories"] = InspectShape.List(Objects(item["categories"]).Select(c => (string?)c["value"]).Concat(Strings(dc?["subject"]))),
                ["summary"] = (string?)item["description"] ?? First(dc?["description"]),
                ["content"] = (string?)item["content"],
                ["enclosures"] = InspectShape.List(Objects(item["enclosures"])
                    .Select(e => InspectShape.Enclosure((string?)e["url"], (string?)e["type"], (string?)e["length"]))),
            });
        }
        return shape;
    }

    public static InspectShape Atom(JsonNode json)
    {
        var shape = Feed(json, "title", AlternateLink(json["links"]), "language");
        foreach (var entry in Items(json, "entries"))
        {
            var author = Objects(entry["authors"]).FirstOrDefault();
            shape.Items.Add(new()
            {
                ["id"] = (string?)entry["id"],
                ["title"] = (string?)entry["title"],
                ["link"] = AlternateLink(entry["links"]),
                ["published"] = InspectShape.Time((string?)entry["publishedParsed"]),
                ["updated"] = InspectShape.Time((string?)entry["updatedParsed"]),
                ["author"] = author is null ? null : (string?)author["name"] ?? (string?)author["email"],
                ["categories"] = InspectShape.List(Objects(entry["categories"]).Select(c => (string?)c["label"] ?? (string?)c["term"])),
                ["summary"] = (string?)entry["summary"],
                ["content"] = (string?)entry["content"]?["value"],
                ["enclosures"] = InspectShape.List(Objects(entry["links"]).Where(l => (string?)l["rel"] == "enclosure")
                    .Select(l => InspectShape.Enclosure((string?)l["href"], (string?)l["type"], (string?)l["length"]))),
            });
        }
        return shape;
    }

    public static InspectShape JsonFeed(JsonNode json)
    {
        var shape = Feed(json, "title", (string?)json["home_page_url"], "language");
        foreach (var item in Items(json, "items"))
        {
            var author = Objects(item["authors"]).FirstOrDefault() ?? item["author"];
            shape.Items.Add(new()
            {
                ["id"] = (string?)item["id"],
                ["title"] = (string?)item["title"],
                ["link"] = (string?)item["url"] ?? (string?)item["external_url"],
                ["published"] = InspectShape.Time((string?)item["date_published"]),
                ["updated"] = InspectShape.Time((string?)item["date_modified"]),
                ["author"] = (string?)author?["name"],
                ["categories"] = InspectShape.List(Strings(item["tags"])),
                ["summary"] = (string?)item["summary"],
                ["content"] = (string?)item["content_html"] ?? (string?)item["content_text"],
                ["enclosures"] = InspectShape.List(Objects(item["attachments"])
                    .Select(a => InspectShape.Enclosure((string?)a["url"], (string?)a["mime_type"], a["size_in_bytes"]?.ToString()))),
            });
        }
        return shape;
    }

    private static string? Person(JsonNode? person) => (string?)person?["name"] ?? (string?)person?["email"];

    private static InspectShape Feed(JsonNode json, string title, string? link, string language) =>
        new(new() { ["title"] = (string?)json[title], ["link"] = link, ["language"] = (string?)json[language] }, []);

    private static IEnumerable<JsonNode> Items(JsonNode json, string name) => Objects(json[name]);

    private static IEnumerable<JsonNode> Objects(JsonNode? array) =>
        array is JsonArray a ? a.Where(n => n is JsonObject).Select(n => n!) : [];

    private static IEnumerable<string?> Strings(JsonNode? array) =>
        array is JsonArray a ? a.Select(n => n is JsonValue ? (string?)n : null) : [];

    private static string? First(JsonNode? array) => Strings(array).FirstOrDefault();

    // The same choice the adapter makes: rel="alternate" (the default), an HTML one first.
    private static string? AlternateLink(JsonNode? links)
    {
        var alternates = Objects(links).Where(l => ((string?)l["rel"] ?? "alternate") == "alternate").ToList();
        var html = alternates.FirstOrDefault(l => (string?)l["type"] is null || ((string?)l["type"])!.Contains("html"));
        return (string?)(html ?? alternates.FirstOrDefault())?["href"];
    }
}
