using Svodka.Core.Entities;

namespace Svodka.Core.Stories;

/// <summary>One article as a story lists it: how close it is to the story's centre, and what it reprints.</summary>
public sealed record StoryArticle(string ArticleId, string SourceId, DateTimeOffset Published, string Title, double Relevance, string? ReprintOf);

/// <summary>An outlet that reports the story, listed once however many of its articles (or reprints) the story holds.</summary>
/// <param name="OnlyReprints">Every article of this outlet in the story copies another outlet's text.</param>
public sealed record StorySource(string SourceId, DateTimeOffset FirstPublished, string ArticleId, bool OnlyReprints);

/// <summary>A region, country or person the story is about, with the share of its articles that name it.</summary>
public sealed record StoryTag(EntityKind Kind, string Slug, string Name, double Share);

/// <summary>
/// What a reader sees of a story: the most representative headline (the one whose words the other
/// headlines share most, by IDF), a lead, the rubric most articles carry, the topics and entity tags a fair
/// share of them carry, every outlet once, and the articles ordered by relevance (TF-IDF cosine with the
/// story's centroid; ties go to the earlier article).
/// </summary>
public sealed record StorySummary(
    long StoryId,
    string Language,
    string Title,
    string Lead,
    string? Rubric,
    IReadOnlyList<string> Topics,
    IReadOnlyList<StoryTag> Tags,
    IReadOnlyList<StoryArticle> Articles,
    IReadOnlyList<StorySource> Sources,
    DateTimeOffset First,
    DateTimeOffset Last)
{
    /// <summary>A topic or tag is the story's when at least this share of its articles carry it (and always for a story of one article).</summary>
    public const double LabelShare = 0.3;

    public static StorySummary Of(Story story, DocumentFrequencies frequencies)
    {
        var idf = frequencies.IdfOf(story.Language);
        var centroidNorm = CentroidNorm(story, idf);

        var articles = story.Members
            .Select(m => new StoryArticle(m.Article.ArticleId, m.Article.SourceId, m.Article.Published, m.Article.Title,
                m.Relevance ?? Math.Round(Relevance(m.Article, story, idf, centroidNorm), 4), m.ReprintOf))
            .OrderByDescending(a => a.Relevance).ThenBy(a => a.Published).ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .ToList();

        var headline = RepresentativeHeadline(story, idf);
        var lead = headline.Article.Lead.Length > 0
            ? headline.Article.Lead
            : articles.Select(a => Member(story, a.ArticleId).Article.Lead).FirstOrDefault(l => l.Length > 0) ?? "";

        return new StorySummary(story.Id, story.Language, headline.Article.Title, lead, VoteRubric(story),
            CommonTopics(story), CommonTags(story), articles, Outlets(story), story.First, story.Last);
    }

    /// <summary>The member whose title terms weigh most in the story's headlines (ties: not a reprint, earlier, lower id).</summary>
    private static StoryMember RepresentativeHeadline(Story story, Func<string, double> idf)
    {
        if (story.Members.Count == 1) return story.Members[0];
        var titleNorm = Math.Sqrt(story.TitleTermMembers.Sum(p => Square(p.Value * idf(p.Key))));
        double Score(StoryMember m)
        {
            if (m.Article.TitleTerms.Count == 0 || titleNorm == 0) return 0;
            double dot = 0, norm = 0;
            foreach (var term in m.Article.TitleTerms)
            {
                var w = idf(term);
                norm += w * w;
                dot += w * w * story.TitleTermMembers.GetValueOrDefault(term);
            }
            return dot / (Math.Sqrt(norm) * titleNorm);
        }
        return story.Members
            .Select(m => (Member: m, Score: Math.Round(Score(m), 6)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Member.IsReprint)
            .ThenBy(x => x.Member.Article.Published)
            .ThenBy(x => x.Member.Article.ArticleId, StringComparer.Ordinal)
            .First().Member;
    }

    internal static double CentroidNorm(Story story, Func<string, double> idf) =>
        Math.Sqrt(story.Centroid.Sum(p => Square(p.Value * idf(p.Key))));

    internal static double Relevance(StoryFeatures article, Story story, Func<string, double> idf, double centroidNorm)
    {
        double dot = 0, norm = 0;
        foreach (var t in article.Terms)
        {
            var w = t.Weight * idf(t.Term);
            norm += w * w;
            if (story.Centroid.TryGetValue(t.Term, out var c)) dot += w * c * idf(t.Term);
        }
        return dot == 0 ? 0 : dot / (Math.Sqrt(norm) * centroidNorm);
    }

    /// <summary>The rubric most members carry (ties: the one the earliest such member carries).</summary>
    private static string? VoteRubric(Story story) =>
        story.Members
            .Select((m, order) => (m.Article.Rubric, Order: order))
            .Where(x => !string.IsNullOrEmpty(x.Rubric))
            .GroupBy(x => x.Rubric!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.Order))
            .Select(g => g.Key)
            .FirstOrDefault();

    private static List<string> CommonTopics(Story story)
    {
        var needed = Needed(story);
        return story.Members
            .SelectMany(m => m.Article.Topics.Distinct(StringComparer.Ordinal))
            .GroupBy(t => t, StringComparer.Ordinal)
            .Where(g => g.Count() >= needed)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
    }

    private static List<StoryTag> CommonTags(Story story)
    {
        var members = story.Members.Count;
        return story.Members
            .SelectMany(m => Entities(m.Article.Entities))
            .GroupBy(e => (e.Kind, e.Tag.Slug))
            .Select(g => new StoryTag(g.Key.Kind, g.Key.Slug, g.First().Tag.Name, Math.Round((double)g.Count() / members, 3)))
            .Where(t => t.Share >= LabelShare || members == 1)
            .OrderBy(t => t.Kind).ThenByDescending(t => t.Share).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<(EntityKind Kind, EntityTag Tag)> Entities(EntityTags tags) =>
        tags.Regions.Select(t => (EntityKind.Region, t))
            .Concat(tags.Countries.Select(t => (EntityKind.Country, t)))
            .Concat(tags.Persons.Select(t => (EntityKind.Person, t)));

    private static List<StorySource> Outlets(Story story) =>
        story.Members
            .GroupBy(m => m.Article.SourceId, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.OrderBy(m => m.Article.Published).ThenBy(m => m.Article.ArticleId, StringComparer.Ordinal).First();
                return new StorySource(g.Key, first.Article.Published, first.Article.ArticleId, g.All(m => m.IsReprint));
            })
            .OrderBy(s => s.FirstPublished).ThenBy(s => s.SourceId, StringComparer.Ordinal)
            .ToList();

    private static int Needed(Story story) => Math.Max(1, (int)Math.Ceiling(LabelShare * story.Members.Count));

    private static StoryMember Member(Story story, string articleId) => story.Members.First(m => m.Article.ArticleId == articleId);

    private static double Square(double x) => x * x;
}
