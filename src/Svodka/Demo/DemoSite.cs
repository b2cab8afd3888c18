using Svodka.Demo.Feeds;
using Svodka.Demo.Pages;

namespace Svodka.Demo;

/// <summary>
/// Maps a request path to what the demo serves there, rendered for one instant:
/// <c>/</c>, <c>/{outlet}/</c>, <c>/{outlet}/{feed}</c> and <c>/{outlet}/news/{slug}.html</c>; anything else is 404.
/// </summary>
internal sealed class DemoSite(DemoCatalog catalog)
{
    private readonly Dictionary<string, (DemoOutlet Outlet, List<DemoArticle> NewestFirst)> _outlets =
        catalog.Outlets.ToDictionary(o => o.Id, o => (o, catalog.ArticlesOf(o).OrderBy(a => a.Age).ToList()));

    public DemoResponse Respond(string path, RenderContext at)
    {
        if (path == "/") return DemoIndexPage.Render(catalog, at);
        var parts = path.Split('/');
        if (parts.Length < 3 || parts[0].Length != 0 || !_outlets.TryGetValue(parts[1], out var site)) return NotFound();
        var (outlet, newestFirst) = site;

        if (parts.Length == 3 && parts[2].Length == 0) return OutletHomePage.Render(outlet, newestFirst, at);
        if (parts.Length == 3 && parts[2] == outlet.Feed.Path) return OutletFeedRenderer.Render(outlet, newestFirst, at);
        if (parts.Length == 4 && parts[2] == "news" && parts[3].EndsWith(".html", StringComparison.Ordinal))
        {
            var slug = parts[3][..^".html".Length];
            var article = newestFirst.Find(a => a.Slug == slug);
            if (article is not null) return ArticlePage.Render(outlet, newestFirst, article, at);
        }
        return NotFound(outlet);
    }

    private static DemoResponse NotFound(DemoOutlet? outlet = null)
    {
        var words = PageWords.For(outlet?.Language ?? "ru");
        return DemoResponse.Text(404, "text/html; charset=utf-8",
            $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>404 — {words.NotFound}</title></head><body><h1>404</h1><p>{words.NotFound}</p></body></html>\n");
    }
}
