using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Svodka.Ingest.Feeds;

/// <summary>
/// What `svodka feed inspect` prints: a fixed JSON shape of a parsed feed (times ISO 8601 UTC, absent values null,
/// Cyrillic as is). The gofeed comparison test reads the same shape, so it is one contract, not two.
/// </summary>
public static class FeedInspectJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The output is read by people in a terminal: «Новости», not \u00AB\u041D…
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ParsedFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", feed.Title);
            json.WriteString("link", feed.Link);
            json.WriteString("language", feed.Language);
            json.WriteStartArray("items");
            foreach (var item in feed.Items) WriteItem(json, item);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A time as the inspect output writes it: "2026-11-24T11:05:00Z".</summary>
    public static string? FormatTime(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static void WriteItem(Utf8JsonWriter json, ParsedItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("title", item.Title);
        json.WriteString("link", item.Link);
        json.WriteString("published", FormatTime(item.Published));
        json.WriteString("updated", FormatTime(item.Updated));
        json.WriteString("author", item.Author);
        json.WriteStartArray("categories");
        foreach (var category in item.Categories) json.WriteStringValue(category);
        json.WriteEndArray();
        json.WriteString("summary", item.Summary);
        json.WriteString("content_html", item.ContentHtml);
        json.WriteStartArray("enclosures");
        foreach (var enclosure in item.Enclosures)
        {
            json.WriteStartObject();
            json.WriteString("url", enclosure.Url);
            json.WriteString("type", enclosure.Type);
            if (enclosure.Length is { } length) json.WriteNumber("length", length);
            else json.WriteNull("length");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
