using Svodka.Core.Entities;
using Svodka.Core.Model;
using Svodka.Core.Ranking;
using Svodka.Core.Stories;
using Svodka.Storage.Sources;
using Svodka.Storage.Stories;

namespace Svodka.Stories;

public sealed record RankedListing(StoryListing Story, RankTerms Terms);

/// <summary>
/// Ranks stored stories with <see cref="StoryRanker"/>, each outlet weighted by the authority the
/// operator set on its source. Pinned stories come first, then by weight.
/// </summary>
public sealed class StoryRanking(StoryStore stories, SourceStore sources, TimeProvider time)
{
    public async Task<IReadOnlyList<RankedListing>> RankAsync(StoryQuery query, CancellationToken ct, DateTimeOffset? at = null)
    {
        var now = at ?? time.GetUtcNow();
        var listings = await stories.ListAsync(query, ct);
        var ranker = await RankerAsync(ct);
        return listings
            .Select(l => new RankedListing(l, ranker.Rank(ToSummary(l), now)))
            .OrderByDescending(r => r.Story.Pinned)
            .ThenByDescending(r => r.Terms.Weight)
            .ThenByDescending(r => r.Story.Last)
            .ThenBy(r => r.Story.Id)
            .ToList();
    }

    public async Task<RankTerms> TermsAsync(StoryListing story, CancellationToken ct, DateTimeOffset? at = null) =>
        (await RankerAsync(ct)).Rank(ToSummary(story), at ?? time.GetUtcNow());

    private async Task<StoryRanker> RankerAsync(CancellationToken ct)
    {
        var authority = (await sources.AuthoritiesAsync(ct)).ToDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.Ordinal);
        return new StoryRanker(new RankingOptions { SourceAuthority = authority });
    }

    /// <summary>The stored story in the shape the ranker reads.</summary>
    public static StorySummary ToSummary(StoryListing l) => new(
        l.Id, l.Language, l.Title, l.Lead, l.Rubric,
        l.Tags.Where(t => t.Kind == TagKind.Topic).Select(t => t.Slug).ToList(),
        l.Tags.Where(t => t.Kind != TagKind.Topic).Select(t => new StoryTag(t.Kind switch
        {
            TagKind.Region => EntityKind.Region,
            TagKind.Country => EntityKind.Country,
            _ => EntityKind.Person,
        }, t.Slug, t.Name, t.Share)).ToList(),
        [],
        l.Sources.Select(s => new StorySource(s.SourceId.ToString(), s.First, s.FirstArticleId.ToString(), s.OnlyReprints)).ToList(),
        l.First, l.Last);
}
