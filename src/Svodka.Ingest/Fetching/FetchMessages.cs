using System.Globalization;
using System.Net;
using System.Text;

namespace Svodka.Ingest.Fetching;

/// <summary>How failures are worded: one short line an operator can read in a log or on the sources page.</summary>
internal static class FetchMessages
{
    public static string Status(int status, TimeSpan? retryAfter)
    {
        var text = $"HTTP {status} {StatusName(status)}".TrimEnd();
        return retryAfter is { } wait ? $"{text} (retry after {Seconds(wait)})" : text;
    }

    public static string TooLarge(long maxBytes) => $"body larger than {Size(maxBytes)}";

    public static string TooManyRedirects(int max) => $"more than {max} redirect{(max == 1 ? "" : "s")}";

    public static string TimedOut(TimeSpan timeout) => $"timed out after {Seconds(timeout)}";

    /// <summary>"120 s", "1.5 s": whole seconds unless the span is shorter or fractional.</summary>
    public static string Seconds(TimeSpan span) =>
        span.TotalSeconds.ToString(span.TotalSeconds % 1 == 0 ? "0" : "0.###", CultureInfo.InvariantCulture) + " s";

    /// <summary>"10 MB", "512 KB", "300 bytes": the largest unit that divides the count.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024} KB",
        _ => $"{bytes} bytes",
    };

    /// <summary>
    /// "Service Unavailable" from the status code, not the server's reason phrase: that phrase is the
    /// server's text, and a hostile server would get to write into our logs.
    /// </summary>
    private static string StatusName(int status)
    {
        var name = Enum.GetName((HttpStatusCode)status);
        if (name is null) return "";
        var spaced = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && spaced.Length > 0) spaced.Append(' ');
            spaced.Append(c);
        }
        return spaced.ToString();
    }

    /// <summary>The first line of an exception's message, for wrapping framework errors into one-line messages.</summary>
    public static string FirstLine(string message)
    {
        var end = message.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? message : message[..end];
    }
}
