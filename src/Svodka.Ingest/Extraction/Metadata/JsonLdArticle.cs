using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace Svodka.Ingest.Extraction.Metadata;

/// <summary>
/// What a page's schema.org JSON-LD says about its article (NewsArticle, Article, BlogPosting, …),
/// found in any &lt;script type="application/ld+json"&gt;, in arrays and @graph too. Sites write it
/// carelessly (raw newlines in strings, HTML entities), so both are tolerated.
/// </summary>
internal sealed record JsonLdArticle
{
    private const int MaxScriptChars = 2 * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public string? Headline { get; init; }
    public string? ArticleBody { get; init; }
    public string? DatePublished { get; init; }
    public string? DateModified { get; init; }
    public string? Author { get; init; }
    public string? Image { get; init; }
    public string? Description { get; init; }
    public string? Publisher { get; init; }
    public string? Language { get; init; }
    public string? Url { get; init; }

    public static JsonLdArticle? Find(IDocument document)
    {
        JsonLdArticle? found = null;
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            var json = script.TextContent;
            if (json.Length > MaxScriptChars) continue;
            using var parsed = TryParse(json);
            if (parsed is null) continue;
            var article = FindArticle(parsed.RootElement, 0);
            if (article is null) continue;
            var candidate = Read(article.Value);
            // A page may describe several things; the one with a body (or a headline) is the article.
            if (found is null || (found.ArticleBody is null && candidate.ArticleBody is not null)) found = candidate;
        }
        return found;
    }

    private static JsonDocument? TryParse(string json)
    {
        try { return JsonDocument.Parse(json, Options); }
        catch (JsonException) { }
        // Raw control characters inside strings are the usual fault; as whitespace they are harmless.
        var repaired = string.Create(json.Length, json, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = source[i] < ' ' ? ' ' : source[i];
        });
        try { return JsonDocument.Parse(repaired, Options); }
        catch (JsonException) { return null; }
    }

    private static JsonElement? FindArticle(JsonElement node, int depth)
    {
        if (depth > 8) return null;
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                    if (FindArticle(item, depth + 1) is { } inArray) return inArray;
                return null;
            case JsonValueKind.Object:
                if (IsArticleType(node)) return node;
                if (node.TryGetProperty("@graph", out var graph)) return FindArticle(graph, depth + 1);
                if (node.TryGetProperty("mainEntity", out var main) && FindArticle(main, depth + 1) is { } entity) return entity;
                return null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type)) return false;
        return type.ValueKind switch
        {
            JsonValueKind.String => IsArticleTypeName(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString())),
            _ => false,
        };
    }

    private static bool IsArticleTypeName(string? name) =>
        name is not null && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "LiveBlogPosting"
            or "SocialMediaPosting" or "DiscussionForumPosting" or "Report" or "Review");

    private static JsonLdArticle Read(JsonElement a) => new()
    {
        Headline = Text(a, "headline") ?? Text(a, "name"),
        ArticleBody = Text(a, "articleBody") ?? Text(a, "text"),
        DatePublished = Text(a, "datePublished") ?? Text(a, "dateCreated"),
        DateModified = Text(a, "dateModified"),
        Author = Names(a, "author"),
        Image = UrlOf(a, "image") ?? UrlOf(a, "thumbnailUrl"),
        Description = Text(a, "description"),
        Publisher = a.TryGetProperty("publisher", out var p) ? NameOf(p) : null,
        Language = Text(a, "inLanguage"),
        Url = Text(a, "url") ?? UrlOf(a, "mainEntityOfPage"),
    };

    private static string? Text(JsonElement a, string property)
    {
        if (!a.TryGetProperty(property, out var v)) return null;
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Array => v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()).FirstOrDefault(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : WebUtility.HtmlDecode(s).Trim();
    }

    private static string? Names(JsonElement a, string property)
    {
        if (!a.TryGetProperty(property, out var v)) return null;
        var names = (v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(NameOf) : [NameOf(v)])
            .Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().Take(5).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? NameOf(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => WebUtility.HtmlDecode(v.GetString() ?? "").Trim(),
        JsonValueKind.Object => Text(v, "name"),
        JsonValueKind.Array => v.EnumerateArray().Select(NameOf).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
        _ => null,
    };

    private static string? UrlOf(JsonElement a, string property) =>
        a.TryGetProperty(property, out var v) ? UrlOf(v) : null;

    private static string? UrlOf(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Object => Text(v, "url") ?? Text(v, "@id") ?? Text(v, "contentUrl"),
        JsonValueKind.Array => v.EnumerateArray().Select(UrlOf).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)),
        _ => null,
    };
}
