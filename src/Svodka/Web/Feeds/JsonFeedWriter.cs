using System.Globalization;
using System.Text.Json;

namespace Svodka.Web.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1): id and url are the site's article page, external_url the original.</summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static void Write(Stream output, FeedChannel feed)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("version", Version);
        json.WriteString("title", feed.Title);
        json.WriteString("home_page_url", feed.PageUrl);
        json.WriteString("feed_url", feed.SelfUrl);
        json.WriteString("description", feed.Description);
        json.WriteString("icon", feed.LogoUrl);
        json.WriteString("language", feed.Language);
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", feed.Publisher);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("items");
        foreach (var entry in feed.Entries)
        {
            json.WriteStartObject();
            json.WriteString("id", entry.Url);
            json.WriteString("url", entry.Url);
            if (entry.OriginalUrl != entry.Url) json.WriteString("external_url", entry.OriginalUrl);
            json.WriteString("title", entry.Title);
            json.WriteString("content_text", entry.Summary);
            json.WriteString("summary", entry.Summary);
            if (entry.ImageUrl is { } image) json.WriteString("image", image);
            json.WriteString("date_published", Date(entry.Published));
            json.WriteString("date_modified", Date(entry.Updated));
            if (entry.Source is { } source)
            {
                json.WriteStartArray("authors");
                json.WriteStartObject();
                json.WriteString("name", source);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            if (entry.Categories.Count > 0)
            {
                json.WriteStartArray("tags");
                foreach (var category in entry.Categories) json.WriteStringValue(category);
                json.WriteEndArray();
            }
            json.WriteString("language", entry.Language);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Date(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
