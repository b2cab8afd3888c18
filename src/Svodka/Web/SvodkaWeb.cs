using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Web;

/// <summary>The public site. For now the latest articles; the portal pages build on this.</summary>
public static class SvodkaWeb
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddResponseCompression(o => o.EnableForHttps = true);
    }

    public static void Map(WebApplication app)
    {
        app.UseResponseCompression();
        app.MapGet("/", HomeAsync);
        app.MapGet("/healthz", async (StatsStore stats, CancellationToken ct) =>
        {
            var s = await stats.GetAsync(ct);
            return Results.Json(new { status = "ok", sources = s.Sources, articles = s.Articles });
        });
    }

    private static async Task<IResult> HomeAsync(ArticleStore articles, CancellationToken ct)
    {
        var list = await articles.ListAsync(new ArticleQuery { Take = 100 }, ct);
        var html = new StringBuilder();
        var e = HtmlEncoder.Default;
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        html.Append("<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<title>Новое — Сводка</title><style>body{font:16px/1.45 system-ui,sans-serif;max-width:46rem;margin:auto;padding:1rem}")
            .Append("li{margin:.6rem 0}small{color:#555}</style></head><body><header><h1>Сводка</h1></header><main><h2>Новое</h2><ol>");
        foreach (var a in list)
        {
            var when = (a.Published ?? a.Fetched).ToOffset(TimeSpan.FromHours(3)).ToString("d MMMM, HH:mm", ru);
            html.Append("<li><a href=\"").Append(e.Encode(a.Url)).Append("\">").Append(e.Encode(a.Title)).Append("</a><br><small>")
                .Append(e.Encode(string.Join(", ", a.Sources.Select(s => s.Title)))).Append(" · ").Append(e.Encode(when)).Append("</small></li>");
        }
        if (list.Count == 0) html.Append("<li>Пока нет новостей: источники опрашиваются.</li>");
        html.Append("</ol></main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
