using System.Text.Json;
using System.Text.Json.Nodes;

namespace Svodka.Web.Rendering;

/// <summary>
/// The page's schema.org data (BreadcrumbList, NewsArticle) as JSON. System.Text.Json's default encoder
/// escapes &lt;, &gt; and &amp;, so no text from a feed can close the script element it sits in.
/// </summary>
public static class JsonLd
{
    public static string Render(PortalRequest request, PageMeta meta)
    {
        var graph = new JsonArray();
        var crumbs = new List<Crumb> { new(request.Ui.Home, "/") };
        crumbs.AddRange(meta.Crumbs);
        var items = new JsonArray();
        for (var i = 0; i < crumbs.Count; i++)
            items.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = crumbs[i].Name,
                ["item"] = request.Absolute(crumbs[i].Path),
            });
        graph.Add(new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = items });

        if (meta.Article is { } article)
        {
            var node = new JsonObject
            {
                ["@type"] = "NewsArticle",
                ["headline"] = Truncate(article.Headline, 110),
                ["description"] = article.Description,
                ["datePublished"] = PortalRequest.Iso(article.Published),
                ["dateModified"] = PortalRequest.Iso(article.Modified),
                ["inLanguage"] = request.Language,
                ["mainEntityOfPage"] = request.Absolute(meta.Path),
                ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = request.Site.Name,
                    ["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = request.Absolute($"/static/logos/{request.Site.Logo}") } },
                ["author"] = new JsonArray(article.Authors.Select(a => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = a }).ToArray()),
            };
            if (article.ImageUrl is { } image) node["image"] = new JsonArray(image);
            if (article.Section is { } section) node["articleSection"] = section;
            graph.Add(node);
        }
        var root = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
        return root.ToJsonString(Options);
    }

    // Cyrillic as it is; the HTML-sensitive characters (<, >, &, quotes) stay escaped whatever the ranges say.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
