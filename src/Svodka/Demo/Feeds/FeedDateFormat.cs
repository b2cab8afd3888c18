using System.Globalization;

namespace Svodka.Demo.Feeds;

/// <summary>The two date shapes feeds use: RFC 822 (RSS) and RFC 3339 (RDF dc:date, Atom, JSON Feed).</summary>
internal static class FeedDateFormat
{
    public static string Rfc822(DateTimeOffset date)
    {
        var zone = date.Offset == TimeSpan.Zero ? "GMT"
            : (date.Offset < TimeSpan.Zero ? "-" : "+") + date.Offset.ToString("hhmm", CultureInfo.InvariantCulture);
        return date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + zone;
    }

    public static string Rfc3339(DateTimeOffset date) =>
        date.Offset == TimeSpan.Zero
            ? date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
