using Svodka.Core.Entities;
using Svodka.Core.Ranking;
using Svodka.Core.Stories;

namespace Svodka.Core.Tests.Ranking;

public class StoryRankerTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 14, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A summary with one article per outlet, each published the given hours before now.</summary>
    private static StorySummary Story(long id, string? rubric, params (string Source, double HoursAgo)[] articles) => Story(id, rubric, [], articles);

    private static StorySummary Story(long id, string? rubric, IReadOnlyList<StoryTag> tags, params (string Source, double HoursAgo)[] articles)
    {
        var list = articles.Select((a, i) => new StoryArticle($"{id}-{i}", a.Source, Now.AddHours(-a.HoursAgo), "t", 1, null)).ToList();
        var sources = list.GroupBy(a => a.SourceId).Select(g => new StorySource(g.Key, g.Min(a => a.Published), g.First().ArticleId, false)).ToList();
        return new StorySummary(id, "ru", $"story {id}", "", rubric, rubric is null ? [] : [rubric + "-topic"], tags, list, sources,
            list.Min(a => a.Published), list.Max(a => a.Published));
    }

    private readonly StoryRanker _ranker = new();

    [Fact]
    public void More_distinct_outlets_weigh_more_and_one_outlet_twice_counts_once()
    {
        var three = _ranker.Rank(Story(1, "society", ("a", 2), ("b", 2), ("c", 2)), Now);
        var two = _ranker.Rank(Story(2, "society", ("a", 2), ("b", 2)), Now);
        var twoWithRepeat = _ranker.Rank(Story(3, "society", ("a", 2), ("b", 2), ("a", 2)), Now);

        Assert.True(three.Weight > two.Weight);
        Assert.Equal(two.Weight, twoWithRepeat.Weight);
        Assert.Equal(2, twoWithRepeat.Sources);
    }

    [Fact]
    public void An_operator_s_authority_makes_an_outlet_count_more()
    {
        var ranker = new StoryRanker(new RankingOptions { SourceAuthority = new Dictionary<string, double> { ["tass.ru"] = 3 } });
        var withAgency = ranker.Rank(Story(1, "society", ("tass.ru", 2), ("b", 2)), Now);
        var without = ranker.Rank(Story(2, "society", ("a", 2), ("b", 2)), Now);

        Assert.Equal(4, withAgency.WeightedSources);
        Assert.True(withAgency.Weight > without.Weight);
    }

    [Fact]
    public void Weight_halves_every_half_life_since_the_last_article()
    {
        var fresh = _ranker.Rank(Story(1, "society", ("a", 1.5), ("b", 1.5)), Now);
        var older = _ranker.Rank(Story(2, "society", ("a", 7.5), ("b", 7.5)), Now);

        Assert.Equal(Math.Pow(0.5, 0.25), fresh.Recency, 6);
        Assert.Equal(Math.Pow(0.5, 1.25), older.Recency, 6);
        Assert.Equal(fresh.Weight / 2, older.Weight, tolerance: 1e-5);
    }

    [Fact]
    public void Outlets_piling_in_within_the_hour_lift_a_story()
    {
        var growing = _ranker.Rank(Story(1, "society", ("a", 3), ("b", 0.2), ("c", 0.3), ("d", 0.5)), Now);
        var steady = _ranker.Rank(Story(2, "society", ("a", 3), ("b", 2.5), ("c", 2.2), ("d", 0.1)), Now);

        Assert.Equal(3, growing.RecentSources);
        Assert.Equal(1, growing.EarlierSources);
        Assert.Equal(2, growing.Growth, 6);
        Assert.Equal(1, steady.Growth, 6);
    }

    [Fact]
    public void The_rubric_weight_scales_the_story()
    {
        var society = _ranker.Rank(Story(1, "society", ("a", 1), ("b", 1)), Now);
        var entertainment = _ranker.Rank(Story(2, "entertainment", ("a", 1), ("b", 1)), Now);

        Assert.Equal(0.7, entertainment.RubricWeight);
        Assert.Equal(society.Weight * 0.7, entertainment.Weight, tolerance: 1e-5);
        Assert.Contains("rubric weight 0.70 for entertainment", entertainment.Explain());
    }

    [Fact]
    public void Equal_weights_keep_one_order_newest_first_then_lower_id()
    {
        var ranked = _ranker.RankAll([Story(3, "society", ("a", 1)), Story(1, "society", ("a", 1)), Story(2, "society", ("a", 1))], Now);
        Assert.Equal([1L, 2L, 3L], ranked.Select(r => r.Story.StoryId));
    }

    [Fact]
    public void The_hour_and_today_lists_hold_the_stories_with_articles_in_them()
    {
        var moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
        var ranked = _ranker.RankAll(
        [
            Story(1, "society", ("a", 0.5), ("b", 0.2)),
            Story(2, "economy", ("a", 5)),
            Story(3, "sports", ("a", 20)), // 16:00 Moscow time yesterday
        ], Now);

        Assert.Equal([1L], StoryLists.LastHour(ranked, Now).Select(r => r.Story.StoryId));
        Assert.Equal([1L, 2L], StoryLists.Today(ranked, Now, moscow).Select(r => r.Story.StoryId));
        Assert.Equal([2L], StoryLists.ByRubric(ranked, "economy").Select(r => r.Story.StoryId));
        Assert.Equal([3L], StoryLists.ByTopic(ranked, "sports-topic").Select(r => r.Story.StoryId));
    }

    [Fact]
    public void Region_and_person_lists_follow_the_story_tags()
    {
        var omsk = new StoryTag(EntityKind.Region, "omskaya-oblast", "Омская область", 1);
        var sobyanin = new StoryTag(EntityKind.Person, "sergey-sobyanin", "Сергей Собянин", 0.5);
        var ranked = _ranker.RankAll([Story(1, "society", [omsk], ("a", 1)), Story(2, "society", [sobyanin], ("a", 1), ("b", 1))], Now);

        Assert.Equal([1L], StoryLists.ByRegion(ranked, "omskaya-oblast").Select(r => r.Story.StoryId));
        Assert.Equal([2L], StoryLists.ByPerson(ranked, "sergey-sobyanin").Select(r => r.Story.StoryId));
        Assert.Empty(StoryLists.ByCountry(ranked, "usa"));
    }
}
