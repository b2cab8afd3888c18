using Svodka.Ingest.Feeds.Media;

namespace Svodka.Ingest.Feeds.Rss;

/// <summary>Maps an RSS or RDF channel to <see cref="ParsedFeed"/>: which element wins for each field.</summary>
internal static class RssAdapter
{
    public static ParsedFeed ToParsedFeed(RssChannel channel, FeedFormat format) => new()
    {
        Format = format,
        Title = FeedText.Plain(channel.Title ?? channel.DcTitle),
        Link = FeedUrls.Resolve(channel.Base, channel.Link ?? channel.AtomAlternateLink),
        Language = FeedText.CollapseWhitespace(channel.Language ?? channel.DcLanguage),
        Items = channel.Items.ConvertAll(item => ToParsedItem(item, channel.Base ?? SiteAddress(channel))),
    };

    // Without the feed's own address or an xml:base, relative item links are read against the site's address.
    private static Uri? SiteAddress(RssChannel channel) =>
        Uri.TryCreate(channel.Link?.Trim(), UriKind.Absolute, out var site) && site.Scheme is "http" or "https" ? site : null;

    private static ParsedItem ToParsedItem(RssItem item, Uri? channelBase)
    {
        var baseUri = item.Base ?? channelBase;
        var enclosures = item.Enclosures
            .Select(e => new FeedEnclosure(FeedUrls.Resolve(baseUri, e.Url)!, FeedText.CollapseWhitespace(e.Type), ParseLength(e.Length)))
            .ToList();
        var updated = FeedDates.Parse(item.AtomUpdated);
        return new ParsedItem
        {
            Id = FeedText.CollapseWhitespace(item.Guid ?? item.About),
            Title = FeedText.Plain(item.Title ?? item.DcTitle),
            Link = FeedUrls.Resolve(baseUri, LinkOf(item)),
            // An item with only an update time is dated by it, as an Atom entry is: readers sort by Published.
            Published = FeedDates.Parse(item.PubDate) ?? FeedDates.Parse(item.DcDate) ?? FeedDates.Parse(item.AtomPublished) ?? updated,
            Updated = updated,
            Author = FeedAuthors.NameOf(item.DcCreator ?? item.Author ?? item.ItunesAuthor ?? item.AtomAuthor),
            Categories = FeedCategories.Distinct(item.Categories),
            Summary = item.Description ?? item.DcDescription ?? item.ItunesSummary,
            ContentHtml = item.ContentEncoded ?? item.TurboContent ?? FullTextAsHtml(item.YandexFullText)
                ?? FullTextAsHtml(item.RamblerFullText) ?? item.AtomContent,
            Enclosures = enclosures,
            ImageUrl = MediaObject.LeadImage(item.Media)
                ?? enclosures.FirstOrDefault(e => e.Type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ?? false)?.Url
                ?? FeedUrls.Resolve(baseUri, item.ItunesImage),
        };
    }

    private static string? LinkOf(RssItem item)
    {
        foreach (var link in item.Links)
            if (!string.IsNullOrWhiteSpace(link)) return link;
        if (item.AtomAlternateLink is not null) return item.AtomAlternateLink;
        // A permalink guid is the article's address by definition (RSS 2.0), and some feeds give only that.
        return item.GuidIsPermaLink && item.Guid is { } guid && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? guid : null;
    }

    // yandex:full-text (and rambler:fulltext) is plain text by spec, yet some outlets put HTML in it.
    private static string? FullTextAsHtml(string? fullText) =>
        fullText is null ? null : FeedText.HasTags(fullText) ? fullText : FeedText.ToHtmlParagraphs(fullText);

    private static long? ParseLength(string? length) =>
        long.TryParse(length?.Trim(), out var value) && value >= 0 ? value : null;
}
