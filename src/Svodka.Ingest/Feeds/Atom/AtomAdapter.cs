using Svodka.Ingest.Feeds.Media;

namespace Svodka.Ingest.Feeds.Atom;

/// <summary>Maps an Atom feed to <see cref="ParsedFeed"/>: which element wins for each field.</summary>
internal static class AtomAdapter
{
    public static ParsedFeed ToParsedFeed(AtomFeed feed) => new()
    {
        Format = FeedFormat.Atom,
        Title = feed.Title?.AsPlainText(),
        Link = AlternateLink(feed.Links),
        Language = FeedText.CollapseWhitespace(feed.Language),
        Items = feed.Entries.ConvertAll(entry => ToParsedItem(entry, feed)),
    };

    private static ParsedItem ToParsedItem(AtomEntry entry, AtomFeed feed)
    {
        var enclosures = entry.Links
            .Where(l => l.Rel == "enclosure")
            .Select(l => new FeedEnclosure(l.Href, FeedText.CollapseWhitespace(l.Type), long.TryParse(l.Length, out var n) && n >= 0 ? n : null))
            .ToList();
        var updated = FeedDates.Parse(entry.Updated) ?? FeedDates.Parse(entry.Modified);
        return new ParsedItem
        {
            Id = FeedText.CollapseWhitespace(entry.Id),
            Title = entry.Title?.AsPlainText(),
            // An entry without an alternate link is often identified by its page's address.
            Link = AlternateLink(entry.Links) ?? (IsWebAddress(entry.Id) ? entry.Id!.Trim() : null),
            Published = FeedDates.Parse(entry.Published) ?? FeedDates.Parse(entry.Issued) ?? FeedDates.Parse(entry.Created) ?? updated,
            Updated = updated,
            // An entry without an author has the feed's (RFC 4287, 4.2.1).
            Author = FeedText.Plain(entry.AuthorName ?? feed.AuthorName),
            Categories = FeedCategories.Distinct(entry.Categories),
            Summary = entry.Summary?.AsHtml(),
            ContentHtml = entry.Content?.AsHtml(),
            Enclosures = enclosures,
            ImageUrl = MediaObject.LeadImage(entry.Media)
                ?? enclosures.FirstOrDefault(e => e.Type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ?? false)?.Url,
        };
    }

    private static bool IsWebAddress(string? id) =>
        id is not null && (id.TrimStart().StartsWith("http://", StringComparison.OrdinalIgnoreCase) || id.TrimStart().StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    // The page a reader opens: rel="alternate" (the default), preferring an HTML one over, say, a PDF.
    private static string? AlternateLink(List<AtomLink> links)
    {
        AtomLink? first = null;
        foreach (var link in links)
        {
            if (link.Rel != "alternate") continue;
            if (link.Type is null || link.Type.Contains("html", StringComparison.OrdinalIgnoreCase)) return link.Href;
            first ??= link;
        }
        return first?.Href;
    }
}
