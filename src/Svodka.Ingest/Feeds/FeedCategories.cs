namespace Svodka.Ingest.Feeds;

internal static class FeedCategories
{
    /// <summary>Categories as plain text, each once, in the feed's order (category, dc:subject, tags all merge here).</summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<string?> categories)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var category in categories)
            if (FeedText.Plain(category) is { } text && seen.Add(text)) result.Add(text);
        return result;
    }
}
