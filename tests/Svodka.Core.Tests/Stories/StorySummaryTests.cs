using Svodka.Core.Entities;
using Svodka.Core.Stories;
using static Svodka.Core.Tests.Stories.NewsFixture;

namespace Svodka.Core.Tests.Stories;

public class StorySummaryTests
{
    [Fact]
    public void The_summary_takes_the_headline_the_others_share_most_and_orders_articles_by_relevance()
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch([OmskCrash1, OmskCrash2, OmskCrash3, OmskCrash4]);
        var summary = StorySummary.Of(clusterer.StoryOf("omsk-1")!, clusterer.Frequencies);

        var headlines = new[] { OmskCrash1, OmskCrash2, OmskCrash3, OmskCrash4 }.Select(a => a.Title);
        Assert.Contains(summary.Title, headlines);
        Assert.Contains("Омск", summary.Title);
        Assert.NotEmpty(summary.Lead);
        Assert.Equal(4, summary.Articles.Count);
        Assert.True(summary.Articles.Zip(summary.Articles.Skip(1)).All(p => p.First.Relevance >= p.Second.Relevance));
        Assert.Equal(4, summary.Sources.Count);
        Assert.Equal(OmskCrash1.Published, summary.First);
        Assert.Equal(OmskCrash4.Published, summary.Last);
    }

    [Fact]
    public void Rubric_by_vote_topics_and_tags_a_fair_share_of_articles_carry()
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch(
        [
            OmskCrash1 with { Rubric = "society", Topics = ["дтп"] },
            OmskCrash2 with { Rubric = "society", Topics = ["дтп", "транспорт"] },
            OmskCrash3 with { Rubric = "economy", Topics = ["дтп"] },
            OmskCrash4 with { Rubric = "society", Topics = ["погода"] },
        ]);
        var summary = StorySummary.Of(clusterer.StoryOf("omsk-1")!, clusterer.Frequencies);

        Assert.Equal("society", summary.Rubric);
        Assert.Equal("дтп", summary.Topics[0]);
        Assert.DoesNotContain("погода", summary.Topics);
        Assert.Contains(summary.Tags, t => t.Kind == EntityKind.Region && t.Slug == "omskaya-oblast");
    }
}
