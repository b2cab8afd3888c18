using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Svodka.Storage.Stats;

namespace Svodka.Web.Observability;

/// <summary>
/// /metrics in Prometheus text format: collection and content counts read from the database on each scrape
/// (so every process, and every worker sharing the database, reports the same totals), and this process's
/// request durations.
/// </summary>
public static class MetricsEndpoint
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static void Map(WebApplication app) =>
        app.MapGet("/metrics", ScrapeAsync)
            .WithSummary("Prometheus text format: fetches, sources, articles, stories, queues, request durations.")
            .Produces<string>(contentType: "text/plain")
            .CacheOutput(policy => policy.NoCache());

    private static async Task<IResult> ScrapeAsync(MetricsReads reads, RequestDurations durations, CancellationToken ct)
    {
        var c = await reads.ReadAsync(ct);
        var text = new StringBuilder();
        Family(text, "svodka_fetches_total", "counter", "Feed fetches recorded in the fetch log, by HTTP status (none: no response).",
            c.FetchesByStatus.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ($"status=\"{PrometheusText.Escape(p.Key)}\"", p.Value)));
        Family(text, "svodka_fetch_errors_total", "counter", "Feed fetches that failed.", [("", c.FetchErrors)]);
        Family(text, "svodka_articles", "gauge", "Articles stored.", [("", c.Articles)]);
        Family(text, "svodka_stories", "gauge", "Stories (merged ones left out).", [("", c.Stories)]);
        Family(text, "svodka_sources", "gauge", "Sources by status (new, ok, failing; disabled).",
            new[] { "new", "ok", "failing", "disabled" }.Select(s => ($"status=\"{s}\"", c.SourcesByStatus.GetValueOrDefault(s))));
        Family(text, "svodka_queue_length", "gauge", "Articles waiting: for analysis, and analysed ones for the story worker.",
            [("queue=\"analysis\"", c.AwaitingAnalysis), ("queue=\"stories\"", c.AwaitingStories)]);
        durations.Write(text);
        return Results.Text(text.ToString(), ContentType);
    }

    private static void Family(StringBuilder text, string name, string type, string help, IEnumerable<(string Labels, long Value)> samples)
    {
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
        text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        foreach (var (labels, value) in samples)
            text.Append(name).Append(labels.Length > 0 ? "{" + labels + "}" : "").Append(' ').Append(value).Append('\n');
    }
}
