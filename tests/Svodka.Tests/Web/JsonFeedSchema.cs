using System.Text.Json;

namespace Svodka.Tests.Web;

/// <summary>
/// The JSON Feed 1.1 specification (https://jsonfeed.org/version/1.1) as checks: required members, types,
/// URLs and RFC 3339 dates. No validator package is served here, so the schema is written as code.
/// </summary>
public static class JsonFeedSchema
{
    /// <summary>Every violation found, as "path: problem"; empty when the document is a valid JSON Feed 1.1.</summary>
    public static List<string> Violations(string json)
    {
        var errors = new List<string>();
        JsonElement root;
        try { root = JsonDocument.Parse(json).RootElement; }
        catch (JsonException e) { return [$"not JSON: {e.Message}"]; }
        if (root.ValueKind != JsonValueKind.Object) return ["top level is not an object"];

        RequireString(root, "version", "$", errors, v => v == "https://jsonfeed.org/version/1.1" ? null : "must be https://jsonfeed.org/version/1.1");
        RequireString(root, "title", "$", errors);
        OptionalUrl(root, "home_page_url", "$", errors);
        OptionalUrl(root, "feed_url", "$", errors);
        OptionalString(root, "description", "$", errors);
        OptionalUrl(root, "icon", "$", errors);
        OptionalString(root, "language", "$", errors);
        Authors(root, "$", errors);
        if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            errors.Add("$.items: required array");
            return errors;
        }
        var ids = new HashSet<string>();
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            var at = $"$.items[{i++}]";
            if (item.ValueKind != JsonValueKind.Object) { errors.Add($"{at}: not an object"); continue; }
            RequireString(item, "id", at, errors, id => ids.Add(id) ? null : "duplicate id");
            OptionalUrl(item, "url", at, errors);
            OptionalUrl(item, "external_url", at, errors);
            OptionalString(item, "title", at, errors);
            OptionalString(item, "summary", at, errors);
            OptionalUrl(item, "image", at, errors);
            OptionalString(item, "language", at, errors);
            if (!item.TryGetProperty("content_html", out _) && !item.TryGetProperty("content_text", out _))
                errors.Add($"{at}: content_html or content_text is required");
            OptionalString(item, "content_html", at, errors);
            OptionalString(item, "content_text", at, errors);
            OptionalDate(item, "date_published", at, errors);
            OptionalDate(item, "date_modified", at, errors);
            Authors(item, at, errors);
            if (item.TryGetProperty("tags", out var tags) &&
                (tags.ValueKind != JsonValueKind.Array || tags.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String)))
                errors.Add($"{at}.tags: must be an array of strings");
        }
        return errors;
    }

    private static void Authors(JsonElement owner, string at, List<string> errors)
    {
        if (!owner.TryGetProperty("authors", out var authors)) return;
        if (authors.ValueKind != JsonValueKind.Array) { errors.Add($"{at}.authors: must be an array"); return; }
        foreach (var author in authors.EnumerateArray())
        {
            if (author.ValueKind != JsonValueKind.Object) { errors.Add($"{at}.authors: entries must be objects"); continue; }
            if (!author.TryGetProperty("name", out _) && !author.TryGetProperty("url", out _) && !author.TryGetProperty("avatar", out _))
                errors.Add($"{at}.authors: an author needs name, url or avatar");
            OptionalString(author, "name", $"{at}.authors", errors);
        }
    }

    private static void RequireString(JsonElement owner, string name, string at, List<string> errors, Func<string, string?>? check = null)
    {
        if (!owner.TryGetProperty(name, out var value)) { errors.Add($"{at}.{name}: required"); return; }
        if (value.ValueKind != JsonValueKind.String) { errors.Add($"{at}.{name}: must be a string"); return; }
        if (check?.Invoke(value.GetString()!) is { } problem) errors.Add($"{at}.{name}: {problem}");
    }

    private static void OptionalString(JsonElement owner, string name, string at, List<string> errors)
    {
        if (owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.String) errors.Add($"{at}.{name}: must be a string");
    }

    private static void OptionalUrl(JsonElement owner, string name, string at, List<string> errors)
    {
        if (!owner.TryGetProperty(name, out var value)) return;
        if (value.ValueKind != JsonValueKind.String || !Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            errors.Add($"{at}.{name}: must be an absolute http(s) URL");
    }

    private static void OptionalDate(JsonElement owner, string name, string at, List<string> errors)
    {
        if (!owner.TryGetProperty(name, out var value)) return;
        if (value.ValueKind != JsonValueKind.String ||
            !System.Text.RegularExpressions.Regex.IsMatch(value.GetString()!, @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$"))
            errors.Add($"{at}.{name}: must be an RFC 3339 date-time");
    }
}
