using System.Globalization;
using System.Text.Json;

namespace Svodka.Ingest.Feeds.JsonFeed;

/// <summary>
/// Reads JSON Feed 1.0/1.1. Tolerant of types (a numeric id, a string where an array belongs) since real feeds
/// are hand-rolled; strict about being a JSON Feed at all: a JSON object without a jsonfeed version and without
/// an items array is some other JSON document.
/// </summary>
internal static class JsonFeedParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 64,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static JsonFeedDocument Parse(string text)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw new FeedParseException($"malformed JSON at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}: {FirstSentence(e.Message)}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new FeedParseException("not a feed: the document is JSON but not a JSON Feed (its top level is not an object)");
            var version = String(root, "version");
            var items = root.TryGetProperty("items", out var itemsElement) && itemsElement.ValueKind == JsonValueKind.Array;
            if (!IsJsonFeedVersion(version) && !(items && version is null))
                throw new FeedParseException("not a feed: the document is JSON but not a JSON Feed (no jsonfeed.org version and no items)");

            var feed = new JsonFeedDocument
            {
                Version = version,
                Title = String(root, "title"),
                HomePageUrl = String(root, "home_page_url"),
                FeedUrl = String(root, "feed_url"),
                Language = String(root, "language"),
            };
            AddAuthors(root, feed.Authors);
            if (items)
                foreach (var item in itemsElement.EnumerateArray())
                    if (item.ValueKind == JsonValueKind.Object) feed.Items.Add(ReadItem(item));
            return feed;
        }
    }

    private static bool IsJsonFeedVersion(string? version) =>
        version is not null && (version.Contains("jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase) || version is "1" or "1.0" or "1.1");

    private static JsonFeedItem ReadItem(JsonElement item)
    {
        var result = new JsonFeedItem
        {
            Id = String(item, "id"),
            Url = String(item, "url"),
            ExternalUrl = String(item, "external_url"),
            Title = String(item, "title"),
            ContentHtml = String(item, "content_html"),
            ContentText = String(item, "content_text"),
            Summary = String(item, "summary"),
            Image = String(item, "image"),
            BannerImage = String(item, "banner_image"),
            DatePublished = String(item, "date_published"),
            DateModified = String(item, "date_modified"),
        };
        AddAuthors(item, result.Authors);
        if (item.TryGetProperty("tags", out var tags))
        {
            if (tags.ValueKind == JsonValueKind.Array)
                foreach (var tag in tags.EnumerateArray()) { if (Scalar(tag) is { } t) result.Tags.Add(t); }
            else if (Scalar(tags) is { } single) result.Tags.Add(single);
        }
        if (item.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
            foreach (var attachment in attachments.EnumerateArray())
                if (attachment.ValueKind == JsonValueKind.Object && String(attachment, "url") is { } url)
                    result.Attachments.Add(new JsonFeedAttachment(url, String(attachment, "mime_type"), Long(attachment, "size_in_bytes")));
        return result;
    }

    private static void AddAuthors(JsonElement owner, List<string> into)
    {
        if (owner.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            foreach (var author in authors.EnumerateArray()) AddAuthor(author, into);
        if (into.Count == 0 && owner.TryGetProperty("author", out var single)) AddAuthor(single, into);
    }

    private static void AddAuthor(JsonElement author, List<string> into)
    {
        var name = author.ValueKind == JsonValueKind.Object ? String(author, "name") : Scalar(author);
        if (!string.IsNullOrWhiteSpace(name)) into.Add(name);
    }

    private static string? String(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var value) ? Scalar(value) : null;

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static long? Long(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n
        : long.TryParse(String(owner, property), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    private static string FirstSentence(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        var at = line.IndexOf(" Path:", StringComparison.Ordinal);
        return (at > 0 ? line[..at] : line).Trim().TrimEnd('.');
    }
}
