using Microsoft.Extensions.Logging;
using Svodka.Core.Dedup;
using Svodka.Core.Model;
using Svodka.Ingest.Extraction;
using Svodka.Ingest.Fetching;
using Svodka.Storage.Sources;

namespace Svodka.Collecting;

/// <summary>
/// Fetches the article page for new items whose feed gives less than the whole article, and takes the
/// page's main text when it is the longer one. Goes through the same fetcher (limits, per-host slots,
/// address guard) as feeds. A page that cannot be fetched or read leaves the feed's text in place and
/// the error on the draft: the article is never lost.
/// </summary>
public sealed class PageEnricher(HttpFetcher fetcher, ArticleExtractor extractor, ILogger<PageEnricher> logger)
{
    // Pages of one feed fetched at once; the fetcher still allows only two per host.
    private const int PagesAtOnce = 4;

    /// <param name="drafts">New articles only: pages of stored ones were fetched when they first came.</param>
    public async Task<IReadOnlyList<ArticleDraft>> EnrichAsync(SourceRecord source, IReadOnlyList<ArticleDraft> drafts, CancellationToken ct)
    {
        if (source.FetchPolicy == FetchPolicy.Never || drafts.Count == 0) return drafts;
        var wanted = drafts
            .Select((draft, index) => (draft, index))
            .Where(d => source.FetchPolicy == FetchPolicy.Always || ExtractionNeed.FeedTextIsShort(d.draft.Text, d.draft.ContentHtml))
            .ToList();
        if (wanted.Count == 0) return drafts;

        var result = drafts.ToArray();
        await Parallel.ForEachAsync(wanted,
            new ParallelOptions { MaxDegreeOfParallelism = PagesAtOnce, CancellationToken = ct },
            async (w, token) => result[w.index] = await EnrichOneAsync(w.draft, token));
        return result;
    }

    private async Task<ArticleDraft> EnrichOneAsync(ArticleDraft draft, CancellationToken ct)
    {
        try
        {
            var response = await fetcher.FetchAsync(new FetchRequest(new Uri(draft.Url)) { Accept = "text/html,application/xhtml+xml" }, ct);
            var page = extractor.Extract(PageDecoding.Decode(response.Body, response.ContentType), response.FinalUrl);
            return Merge(draft, page);
        }
        catch (Exception e) when (e is FetchException or ExtractionException or UriFormatException)
        {
            logger.LogDebug("page {Url}: {Error}", draft.Url, e.Message);
            return draft with { PageError = e.Message };
        }
    }

    /// <summary>The page's text when it says more than the feed; the feed's metadata first, the page's where the feed had none.</summary>
    internal static ArticleDraft Merge(ArticleDraft draft, ExtractedArticle page)
    {
        var pageIsLonger = page.Text.Length > (draft.Text?.Length ?? 0);
        var text = pageIsLonger ? page.Text : draft.Text;
        return draft with
        {
            Text = text,
            ContentHtml = pageIsLonger ? page.Html : draft.ContentHtml,
            Author = draft.Author ?? page.Author,
            ImageUrl = draft.ImageUrl ?? page.LeadImage,
            Published = draft.Published ?? page.Published,
            Language = draft.Language ?? page.Language,
            Summary = draft.Summary ?? page.Description,
            ContentHash = pageIsLonger ? ContentHash.Compute(draft.Title, text) : draft.ContentHash,
            PageError = null,
        };
    }
}
