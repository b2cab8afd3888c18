using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Svodka.Web.Observability;

/// <summary>
/// The histogram svodka_http_request_duration_seconds by method, route template and status: the route
/// template, not the path, so /story/1 and /story/2 are one series and the label set stays small.
/// </summary>
public sealed class RequestDurations
{
    public static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private sealed class Series
    {
        public readonly long[] Counts = new long[Buckets.Length];
        public long Count;
        public double Sum;
    }

    private readonly ConcurrentDictionary<(string Method, string Route, int Status), Series> series = new();

    public void Record(string method, string route, int status, double seconds)
    {
        var s = series.GetOrAdd((method, route, status), _ => new Series());
        lock (s)
        {
            for (var i = 0; i < Buckets.Length; i++)
                if (seconds <= Buckets[i]) s.Counts[i]++;
            s.Count++;
            s.Sum += seconds;
        }
    }

    public void Write(StringBuilder text)
    {
        text.Append("# HELP svodka_http_request_duration_seconds Time to answer an HTTP request.\n");
        text.Append("# TYPE svodka_http_request_duration_seconds histogram\n");
        foreach (var ((method, route, status), s) in series.OrderBy(p => p.Key.Route, StringComparer.Ordinal).ThenBy(p => p.Key.Method).ThenBy(p => p.Key.Status))
        {
            long[] counts;
            long count;
            double sum;
            lock (s) (counts, count, sum) = ((long[])s.Counts.Clone(), s.Count, s.Sum);
            var labels = $"method=\"{PrometheusText.Escape(method)}\",route=\"{PrometheusText.Escape(route)}\",status=\"{status}\"";
            for (var i = 0; i < Buckets.Length; i++)
                text.Append("svodka_http_request_duration_seconds_bucket{").Append(labels).Append(",le=\"").Append(PrometheusText.Number(Buckets[i])).Append("\"} ").Append(counts[i]).Append('\n');
            text.Append("svodka_http_request_duration_seconds_bucket{").Append(labels).Append(",le=\"+Inf\"} ").Append(count).Append('\n');
            text.Append("svodka_http_request_duration_seconds_sum{").Append(labels).Append("} ").Append(PrometheusText.Number(sum)).Append('\n');
            text.Append("svodka_http_request_duration_seconds_count{").Append(labels).Append("} ").Append(count).Append('\n');
        }
    }
}

/// <summary>Times every request into <see cref="RequestDurations"/>.</summary>
public sealed class RequestTiming(RequestDelegate next, RequestDurations durations)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            // A group's own route ends in "/" ("/api/v1/stories/"); the path a client calls does not.
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } raw ? (raw.Length > 1 ? raw.TrimEnd('/') : raw) : "(unmatched)";
            durations.Record(context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }
}

/// <summary>Prometheus text format 0.0.4: label values escaped, numbers in invariant culture.</summary>
public static class PrometheusText
{
    public static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
