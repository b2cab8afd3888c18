using Svodka.Ingest.Discovery;
using Svodka.Ingest.Feeds;
using Svodka.Ingest.Fetching;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Sources;

/// <summary>A source could not be added; the message says why in one line.</summary>
public sealed class SourceRejectedException(string message) : Exception(message);

/// <summary>
/// Adds a source from a URL a user typed: checks that it is a feed, or finds the feed a site page
/// names (<c>&lt;link rel="alternate"&gt;</c>), and takes the feed's own title when none is given.
/// </summary>
public sealed class SourceAdder(HttpFetcher fetcher, SourceStore sources)
{
    public async Task<SourceRecord> AddAsync(string url, string? title, string? category, bool check, CancellationToken ct)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new SourceRejectedException($"not an absolute http(s) URL: {url}");

        string? siteUrl = null;
        if (check)
        {
            (uri, var feed) = await ResolveFeedAsync(uri, ct);
            title ??= feed.Title;
            siteUrl = feed.Link;
        }
        if (await sources.FindAsync(uri.AbsoluteUri, ct) is { } existing)
            throw new SourceRejectedException($"already a source: #{existing.Id} {existing.FeedUrl}");
        try
        {
            return await sources.AddAsync(new NewSource(uri.AbsoluteUri, title, siteUrl, category), ct);
        }
        catch (SourceExistsException e)
        {
            throw new SourceRejectedException(e.Message);
        }
    }

    private async Task<(Uri FeedUrl, ParsedFeed Feed)> ResolveFeedAsync(Uri url, CancellationToken ct)
    {
        var response = await FetchAsync(url, ct);
        if (FeedDiscovery.LooksLikeFeed(response.Body))
            return (response.FinalUrl, Parse(response));

        var html = System.Text.Encoding.UTF8.GetString(response.Body);
        var found = FeedDiscovery.FindInHtml(html, response.FinalUrl);
        if (found.Count == 0)
            throw new SourceRejectedException($"no feed at {url}: it is not a feed and the page names none (<link rel=\"alternate\">)");
        var errors = new List<string>();
        foreach (var candidate in found.Take(3))
        {
            try
            {
                var feedResponse = await FetchAsync(candidate.Url, ct);
                return (feedResponse.FinalUrl, Parse(feedResponse));
            }
            catch (SourceRejectedException e)
            {
                errors.Add(e.Message);
            }
        }
        throw new SourceRejectedException($"the page {url} names feeds, but none could be read: {string.Join("; ", errors)}");
    }

    private async Task<FetchResponse> FetchAsync(Uri url, CancellationToken ct)
    {
        try
        {
            return await fetcher.FetchAsync(new FetchRequest(url), ct);
        }
        catch (FetchException e)
        {
            throw new SourceRejectedException($"cannot fetch {url}: {e.Message}");
        }
    }

    private static ParsedFeed Parse(FetchResponse response)
    {
        try
        {
            return FeedParser.Parse(response.Body, response.FinalUrl, response.ContentType);
        }
        catch (FeedParseException e)
        {
            throw new SourceRejectedException($"{response.FinalUrl} is not a readable feed: {e.Message}");
        }
    }
}
