using Svodka.Sites;
using Svodka.Storage.Articles;
using Svodka.Storage.Portal;
using Svodka.Storage.Stories;
using Svodka.Web.Ranking;

namespace Svodka.Web.Lists;

/// <summary>
/// The stories and articles of a list page: the site's slice, the page's filter, ranked and paged. A ranked
/// list is kept (<see cref="RankedLists"/>) until the content changes or <see cref="RankedLists.Lifetime"/> passes:
/// every story page's «Другие новости» and every page of a list read the same few lists.
/// </summary>
public sealed class PortalLists(StoryStore stories, PortalReads reads, RankedLists cache)
{
    /// <summary>Stories read to rank one list: the newest by last article; older ones weigh next to nothing.</summary>
    public const int RankWindow = 400;

    public async Task<(IReadOnlyList<RankedListing> Items, bool HasMore)> StoriesAsync(Site site, StoryFilter filter,
        DateTimeOffset now, int skip, int take, CancellationToken ct)
    {
        var ranked = await cache.GetOrAddAsync(site.Key, filter, now, () => RankAsync(site, filter, now, ct));
        return (ranked.Skip(skip).Take(take).ToList(), ranked.Count > skip + take);
    }

    private async Task<List<RankedListing>> RankAsync(Site site, StoryFilter filter, DateTimeOffset now, CancellationToken ct)
    {
        var slice = site.Slice;
        var narrowInSql = filter.InSiteSlice && slice.Tags.Count > 0 && slice.Rubrics.Count == 0;
        var window = await stories.ListAsync(new StoryQuery
        {
            Since = filter.Since,
            Until = filter.Until,
            Languages = slice.Languages,
            AnyTags = narrowInSql ? slice.Tags : null,
            Rubric = filter.Rubric,
            TagKind = filter.Tag?.Kind,
            TagSlug = filter.Tag?.Slug,
            SourceId = filter.SourceId,
            Take = RankWindow,
        }, ct);
        IEnumerable<StoryListing> inSlice = window;
        if (filter.InSiteSlice && slice.Rubrics.Count > 0)
            inSlice = window.Where(s => (s.Rubric is { } r && slice.Rubrics.Contains(r)) || s.Tags.Any(t => slice.Tags.Contains((t.Kind, t.Slug))));
        return StoryOrder.Rank(inSlice, now);
    }

    public async Task<(IReadOnlyList<ArticleRecord> Items, bool HasMore)> ArticlesAsync(Site site, StoryFilter filter,
        bool sinceFilter, int skip, int take, CancellationToken ct)
    {
        var items = await reads.ListedArticlesAsync(Slice(site, filter, sinceFilter), take + 1, skip, ct);
        return (items.Take(take).ToList(), items.Count > take);
    }

    public static ArticleSlice Slice(Site site, StoryFilter filter, bool sinceFilter) => new()
    {
        Languages = site.Slice.Languages,
        AnyTags = filter.InSiteSlice && site.Slice.Tags.Count > 0 ? site.Slice.Tags : null,
        Rubrics = filter.InSiteSlice && site.Slice.Rubrics.Count > 0 ? site.Slice.Rubrics : null,
        Tag = filter.Tag,
        Rubric = filter.Rubric,
        SourceId = filter.SourceId,
        Since = sinceFilter ? filter.Since : null,
        Until = filter.Until,
    };
}
