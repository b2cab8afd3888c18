using Svodka.Core.Entities;
using Svodka.Core.Model;
using Svodka.Core.Stories;
using Svodka.Storage.Stories;

namespace Svodka.Stories;

/// <summary>
/// Between the stored rows and the clusterer, for the story worker and the editors' merges and splits alike: an
/// article's features, a stored story back as a clusterer snapshot, a clusterer story as a row to store.
/// </summary>
internal static class StoredStories
{
    public static StoryFeatures Featurize(StoryInput input)
    {
        EntityTag Tag(ArticleTag t) => new(t.Slug, t.Name, t.Confidence);
        var entities = new EntityTags(
            input.Tags.Where(t => t.Kind == TagKind.Region).Select(Tag).ToList(),
            input.Tags.Where(t => t.Kind == TagKind.Country).Select(Tag).ToList(),
            input.Tags.Where(t => t.Kind == TagKind.Person).Select(Tag).ToList());
        return StoryFeatures.From(input.ArticleId.ToString(), input.Title, input.Text, input.Language, entities,
                input.Published, input.SourceId.ToString()) with
        {
            Rubric = input.Rubric,
            Topics = input.Tags.Where(t => t.Kind == TagKind.Topic).Select(t => t.Slug).ToList(),
        };
    }

    /// <summary>A stored story's members in publication order, each reprint pointing at the story's first original.</summary>
    public static StorySnapshot Snapshot(long storyId, IEnumerable<StoryInput> stored, IReadOnlyDictionary<long, StoryFeatures> features)
    {
        var members = stored.OrderBy(i => i.Published).ThenBy(i => i.ArticleId).ToList();
        var original = members.FirstOrDefault(m => !m.IsReprint) ?? members[0];
        return new StorySnapshot(storyId, true, members.Select(m => new StoryMember(features[m.ArticleId], m.Relevance ?? 0,
            m.IsReprint && m.ArticleId != original.ArticleId ? original.ArticleId.ToString() : null)).ToList());
    }

    /// <summary>
    /// A clusterer holding the stored stories of these articles, each back in its story, with document frequencies
    /// from the background counts plus the articles; its clock is the newest article's time.
    /// </summary>
    public static StoryClusterer Restore(IReadOnlyList<StoryInput> stored, DocumentFrequencies background, long nextId,
        StoryClustererOptions? options = null)
    {
        var features = stored.ToDictionary(i => i.ArticleId, Featurize);
        var frequencies = background.Clone();
        foreach (var f in features.Values) frequencies.Add(f);
        var snapshots = stored.GroupBy(i => i.StoryId!.Value).OrderBy(g => g.Key)
            .Select(g => Snapshot(g.Key, g, features)).ToList();
        return StoryClusterer.Restore(new StoryClustererState(nextId, stored.Max(i => i.Published), frequencies.Export(), snapshots, []), options);
    }

    /// <summary>Topic slugs to names, as the articles' tags carry them.</summary>
    public static void CollectTopicNames(StoryInput input, Dictionary<string, string> names)
    {
        foreach (var t in input.Tags.Where(t => t.Kind == TagKind.Topic)) names.TryAdd(t.Slug, t.Name);
    }

    public static StoryWrite ToWrite(Story story, StorySummary summary, IReadOnlyDictionary<string, string> topicNames)
    {
        var members = story.Members.Count;
        var tags = summary.Tags
            .Select(t => new StoryTagWrite(t.Kind switch
            {
                EntityKind.Region => TagKind.Region,
                EntityKind.Country => TagKind.Country,
                _ => TagKind.Person,
            }, t.Slug, t.Name, t.Share))
            .Concat(summary.Topics.Select(slug => new StoryTagWrite(TagKind.Topic, slug, topicNames.GetValueOrDefault(slug) ?? slug,
                Math.Round(story.Members.Count(m => m.Article.Topics.Contains(slug)) / (double)members, 4))))
            .ToList();
        return new StoryWrite(story.Id, story.Language, summary.Title, summary.Lead, summary.Rubric, summary.First, summary.Last,
            members, story.SourceCount, tags);
    }

    public static IEnumerable<StoryMembership> Memberships(StorySummary summary) =>
        summary.Articles.Select(a => new StoryMembership(long.Parse(a.ArticleId), summary.StoryId, a.Relevance, a.ReprintOf is not null));
}
