namespace Svodka.Ingest.Feeds.JsonFeed;

/// <summary>Maps a JSON Feed to <see cref="ParsedFeed"/>; relative URLs resolve against feed_url or the fetched address.</summary>
internal static class JsonFeedAdapter
{
    public static ParsedFeed ToParsedFeed(JsonFeedDocument feed, Uri? fetchedFrom)
    {
        var baseUri = fetchedFrom ?? (Uri.TryCreate(feed.FeedUrl, UriKind.Absolute, out var declared) ? declared : null);
        return new ParsedFeed
        {
            Format = FeedFormat.JsonFeed,
            Title = FeedText.Plain(feed.Title),
            Link = FeedUrls.Resolve(baseUri, feed.HomePageUrl),
            Language = FeedText.CollapseWhitespace(feed.Language),
            Items = feed.Items.ConvertAll(item => ToParsedItem(item, feed, baseUri)),
        };
    }

    private static ParsedItem ToParsedItem(JsonFeedItem item, JsonFeedDocument feed, Uri? baseUri)
    {
        var authors = item.Authors.Count > 0 ? item.Authors : feed.Authors;
        return new ParsedItem
        {
            Id = item.Id,
            Title = FeedText.Plain(item.Title),
            Link = FeedUrls.Resolve(baseUri, item.Url ?? item.ExternalUrl),
            Published = FeedDates.Parse(item.DatePublished),
            Updated = FeedDates.Parse(item.DateModified),
            Author = authors.Count > 0 ? FeedText.Plain(string.Join(", ", authors)) : null,
            Categories = FeedCategories.Distinct(item.Tags),
            Summary = item.Summary,
            ContentHtml = item.ContentHtml ?? FeedText.ToHtmlParagraphs(item.ContentText),
            Enclosures = item.Attachments.ConvertAll(a => new FeedEnclosure(FeedUrls.Resolve(baseUri, a.Url)!, a.MimeType, a.SizeInBytes)),
            ImageUrl = FeedUrls.Resolve(baseUri, item.Image ?? item.BannerImage),
        };
    }
}
