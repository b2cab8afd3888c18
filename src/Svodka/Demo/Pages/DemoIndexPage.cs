using System.Text;

namespace Svodka.Demo.Pages;

/// <summary>The demo server's own front page: every invented outlet with its feed, for a person who opens the address.</summary>
internal static class DemoIndexPage
{
    public static DemoResponse Render(DemoCatalog catalog, RenderContext at)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="ru"><head><meta charset="utf-8"><title>Svodka — демонстрационные издания</title></head>
            <body><h1>Демонстрационные издания Svodka</h1>
            <p>Эти издания выдуманы; их ленты и страницы отдаёт сервер внутри процесса svodka, без интернета.</p>
            <table><tr><th>Издание</th><th>Рубрика</th><th>Лента</th><th>Формат</th><th>Кодировка</th><th>Статей</th></tr>

            """);
        foreach (var outlet in catalog.Outlets)
            html.Append($"<tr><td><a href=\"{at.OutletUrl(outlet).AbsoluteUri}\">{Html.Encode(outlet.Name)}</a></td><td>{Html.Encode(outlet.Category)}</td>" +
                        $"<td><a href=\"{at.FeedUrl(outlet).AbsoluteUri}\">{Html.Encode(outlet.Feed.Path)}</a></td><td>{outlet.Feed.Format}</td>" +
                        $"<td>{outlet.Feed.Encoding}</td><td>{catalog.ArticlesOf(outlet).Count()}</td></tr>\n");
        html.Append("</table></body></html>\n");
        return DemoResponse.Text(200, "text/html; charset=utf-8", html.ToString());
    }
}
