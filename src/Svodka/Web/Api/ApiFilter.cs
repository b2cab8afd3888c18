using Svodka.Core.Model;
using Svodka.Storage.Search;
using Svodka.Sites;

namespace Svodka.Web.Api;

/// <summary>What a story or article list request narrows to, checked against the sites, vocabulary and sources.</summary>
public sealed record ApiFilter(
    Site? Site,
    IReadOnlyList<string>? Languages,
    string? Rubric,
    IReadOnlyList<(TagKind Kind, string Slug)> Tags,
    long? SourceId,
    DateTimeOffset? Since,
    string? Query)
{
    /// <summary>The languages to keep: the lang filter within the site's, either alone, or null for all.</summary>
    public IReadOnlyList<string>? EffectiveLanguages => (Languages, Site?.Slice.Languages) switch
    {
        ({ } asked, { Count: > 0 } site) => asked.Intersect(site).ToList(),
        ({ } asked, _) => asked,
        (null, { Count: > 0 } site) => site,
        _ => null,
    };

    /// <summary>The lang filter and the site share no language: nothing can match (an empty list would mean «all» to the stores).</summary>
    public bool MatchesNothing => EffectiveLanguages is { Count: 0 };

    /// <summary>
    /// Whether something with this rubric and these tags is in the site's slice: search narrows by language in SQL
    /// and by the site's regions, topics and rubrics here, as the portal's lists do.
    /// </summary>
    public bool InSite(string? rubric, IEnumerable<(TagKind Kind, string Slug)> tags) =>
        Site is not { Slice.IsNarrow: true } site
        || (rubric is not null && site.Slice.Rubrics.Contains(rubric))
        || tags.Any(t => site.Slice.Tags.Contains(t));

    /// <summary>The language search reads the words in.</summary>
    public string SearchLanguage => EffectiveLanguages?.FirstOrDefault() ?? Site?.Language ?? "ru";

    /// <summary>The site's regions, countries and topics, any of which admits an item, when its slice is narrow; else null.</summary>
    public IReadOnlyCollection<(TagKind Kind, string Slug)>? SiteTags => Site?.Slice is { IsNarrow: true } slice ? slice.Tags : null;

    /// <summary>The site's rubrics, which like <see cref="SiteTags"/> admit an item, when its slice is narrow; else null.</summary>
    public IReadOnlyCollection<string>? SiteRubrics => Site?.Slice is { IsNarrow: true } slice ? slice.Rubrics : null;

    /// <summary>
    /// The page of q= the cursor names (an offset into the story groups), searched with these filters: the
    /// endpoint maps the groups to its items and keeps those <see cref="InSite"/>.
    /// </summary>
    public async Task<ApiPage<T>> SearchPageAsync<T>(ArticleSearch search, string? cursor, int limit,
        Func<SearchGroup, IEnumerable<T>> items, CancellationToken ct)
    {
        var skip = cursor is null ? 0 : ApiCursor.ReadOffset(cursor);
        var region = Tags.FirstOrDefault(t => t.Kind == TagKind.Region).Slug;
        var found = await search.SearchAsync(new SearchRequest(Query!, SearchLanguage, EffectiveLanguages, Rubric, region, SourceId,
            From: Since, Take: limit, Skip: skip), ct);
        return new ApiPage<T>(found.Groups.SelectMany(items).ToList(), found.TotalGroups > skip + limit ? ApiCursor.Offset(skip + limit) : null);
    }
}
