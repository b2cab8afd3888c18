using Svodka.Core.Stories;
using static Svodka.Core.Tests.Stories.NewsFixture;

namespace Svodka.Core.Tests.Stories;

/// <summary>A story that stays open longer than the window keeps its early members only as the summary needs them.</summary>
public class LongStoryTests
{
    /// <summary>One crash reported every 30 hours for five days: each report keeps the story open, and the first two fall out of the window.</summary>
    private static StoryClusterer LongRunningStory()
    {
        var clusterer = new StoryClusterer(new StoryClustererOptions { OnStoryClosed = _ => { } });
        clusterer.Add(OmskCrash1);
        clusterer.Add(OmskCrash2 with { Published = Noon.AddHours(30) });
        clusterer.Add(OmskCrash3 with { Published = Noon.AddHours(60) });
        clusterer.Add(OmskCrash4 with { Published = Noon.AddHours(90) });
        clusterer.Add(OmskCrash1 with { ArticleId = "omsk-5", SourceId = "gorod55.ru", Published = Noon.AddHours(120) });
        return clusterer;
    }

    [Fact]
    public void Members_that_fall_out_of_the_window_of_an_open_story_are_compacted()
    {
        var story = LongRunningStory().StoryOf("omsk-1")!;

        Assert.True(story.IsOpen);
        Assert.Equal(["omsk-1", "omsk-2", "omsk-3", "omsk-4", "omsk-5"], story.Members.Select(m => m.Article.ArticleId));
        Assert.Equal(["omsk-1", "omsk-2"], story.Members.Where(m => m.IsCompacted).Select(m => m.Article.ArticleId));
        var first = story.Members[0];
        Assert.Empty(first.Article.Terms);
        Assert.Empty(first.Article.Signature);
        Assert.Equal(OmskCrash1.Title, first.Article.Title);
    }

    [Fact]
    public void A_compacted_story_keeps_its_outlets_counts_and_article_list()
    {
        var clusterer = LongRunningStory();
        var story = clusterer.StoryOf("omsk-2")!;

        var summary = StorySummary.Of(story, clusterer.Frequencies);

        Assert.Equal(5, story.Members.Count);
        Assert.Equal(5, story.SourceCount);
        Assert.Equal(["ngs55.ru", "omskinform.ru", "ria.ru", "tass.ru", "gorod55.ru"], summary.Sources.Select(s => s.SourceId));
        Assert.Equal("omsk-1", summary.Sources[0].ArticleId);
        Assert.Equal(Noon, summary.Sources[0].FirstPublished);
        Assert.Equal(["omsk-1", "omsk-2", "omsk-3", "omsk-4", "omsk-5"], summary.Articles.Select(a => a.ArticleId).Order());
        Assert.All(summary.Articles, a => Assert.True(a.Relevance > 0.3, $"{a.ArticleId}: {a.Relevance}"));
        Assert.Equal(Noon, summary.First);
        Assert.Equal(Noon.AddHours(120), summary.Last);
        Assert.Contains(summary.Title, story.Members.Select(m => m.Article.Title));
        Assert.NotEmpty(summary.Lead);
    }

    [Fact]
    public void An_article_that_arrives_late_joins_a_long_story_whose_early_members_were_compacted()
    {
        var clusterer = LongRunningStory();
        var story = clusterer.StoryOf("omsk-1")!;

        var late = clusterer.Add(OmskCrash3 with { ArticleId = "omsk-late", SourceId = "omsk.aif.ru", Published = Noon.AddHours(10) });

        Assert.Equal(story.Id, late.StoryId);
        Assert.False(late.StartedStory);
        Assert.Equal(6, story.Members.Count);
        Assert.True(clusterer.Add(OmskCrash1).AlreadyKnown);
    }
}
