using Svodka.Core.Stories;
using static Svodka.Core.Tests.Stories.NewsFixture;

namespace Svodka.Core.Tests.Stories;

public class StoryClustererTests
{
    private static Dictionary<string, long> StoryOfEach(StoryClusterer clusterer, IEnumerable<StoryFeatures> articles) =>
        articles.ToDictionary(a => a.ArticleId, a => clusterer.StoryOf(a.ArticleId)!.Id);

    [Fact]
    public void Four_outlets_reporting_one_crash_in_Russian_make_one_story()
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch(All);

        var story = clusterer.StoryOf("omsk-1")!;
        Assert.Equal(["omsk-1", "omsk-2", "omsk-3", "omsk-4"], story.Members.Select(m => m.Article.ArticleId).Order());
        Assert.Equal(4, story.SourceCount);
    }

    [Fact]
    public void Every_event_of_the_fixture_is_its_own_story()
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch(All);

        var stories = clusterer.Stories.Select(s => s.Members.Select(m => EventOf(m.Article.ArticleId)).Distinct().ToList()).ToList();
        Assert.All(stories, events => Assert.Single(events));
        Assert.Equal(All.Select(a => EventOf(a.ArticleId)).Distinct().Count(), stories.Count);
    }

    [Fact]
    public void Two_events_with_the_same_person_stay_apart()
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch([SobyaninMetro1, SobyaninMetro2, SobyaninCafes1, SobyaninCafes2]);

        Assert.Contains("person:sergey-sobyanin", SobyaninCafes1.EntityKeys().Select(e => e.Key));
        Assert.Equal(clusterer.StoryOf("sob-metro-1")!.Id, clusterer.StoryOf("sob-metro-2")!.Id);
        Assert.Equal(clusterer.StoryOf("sob-cafe-1")!.Id, clusterer.StoryOf("sob-cafe-2")!.Id);
        Assert.NotEqual(clusterer.StoryOf("sob-metro-1")!.Id, clusterer.StoryOf("sob-cafe-1")!.Id);
    }

    [Fact]
    public void Two_events_in_the_same_city_on_the_same_day_stay_apart()
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch([OmskCrash1, OmskCrash2, OmskMayor1, OmskMayor2]);

        Assert.NotEqual(clusterer.StoryOf("omsk-1")!.Id, clusterer.StoryOf("omsk-mayor-1")!.Id);
        Assert.Equal(clusterer.StoryOf("omsk-mayor-1")!.Id, clusterer.StoryOf("omsk-mayor-2")!.Id);
    }

    [Fact]
    public void An_article_that_arrives_late_joins_the_story_of_its_event()
    {
        var clusterer = new StoryClusterer();
        foreach (var a in new[] { OmskCrash1, OmskCrash2, KazanBridge1, KazanBridge2, SobyaninCafes1, SobyaninCafes2 })
            clusterer.Add(a);

        // Published half an hour after the crash, delivered after everything else.
        var late = OmskCrash3 with { Published = Noon.AddMinutes(30) };
        var assignment = clusterer.Add(late);

        Assert.False(assignment.StartedStory);
        Assert.Equal(clusterer.StoryOf("omsk-1")!.Id, assignment.StoryId);
    }

    [Fact]
    public void An_article_a_week_after_the_story_starts_a_new_one()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(OmskCrash1);
        clusterer.Add(OmskCrash2);

        var weekLater = clusterer.Add(OmskCrash3 with { Published = Noon.AddDays(7) });

        Assert.True(weekLater.StartedStory);
    }

    [Fact]
    public void Stories_never_mix_languages()
    {
        var english = Article("omsk-en", "reuters.com", 1, "Bus collides with lorry in Omsk, seven injured",
            "A passenger bus collided with a lorry on Lukashevich Street in Omsk on Thursday morning. Seven people were injured, the emergencies ministry said.", "en");
        var clusterer = new StoryClusterer();
        clusterer.AddBatch([OmskCrash1, OmskCrash2, english]);

        Assert.NotEqual(clusterer.StoryOf("omsk-1")!.Id, clusterer.StoryOf("omsk-en")!.Id);
    }

    [Fact]
    public void The_same_articles_in_the_same_order_give_the_same_stories()
    {
        var first = new StoryClusterer();
        var second = new StoryClusterer();
        var a = All.Select(first.Add).ToList();
        var b = All.Select(second.Add).ToList();

        Assert.Equal(a.Select(x => (x.ArticleId, x.StoryId, x.Score.Total)), b.Select(x => (x.ArticleId, x.StoryId, x.Score.Total)));
    }

    [Fact]
    public void A_batch_gives_the_same_stories_whatever_order_the_articles_come_in()
    {
        var ordered = new StoryClusterer();
        ordered.AddBatch(All);
        var shuffled = new StoryClusterer();
        shuffled.AddBatch(All.Reverse().Skip(5).Concat(All.Reverse().Take(5)));

        Assert.Equal(StoryOfEach(ordered, All), StoryOfEach(shuffled, All));
    }

    [Fact]
    public void Adding_an_article_again_changes_nothing()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(OmskCrash1);
        var first = clusterer.Add(OmskCrash2);
        var again = clusterer.Add(OmskCrash2);

        Assert.True(again.AlreadyKnown);
        Assert.Equal(first.StoryId, again.StoryId);
        Assert.Equal(2, clusterer.StoryOf("omsk-1")!.Members.Count);
    }

    [Fact]
    public void A_restored_clusterer_carries_on_where_the_original_stopped()
    {
        var original = new StoryClusterer();
        foreach (var a in new[] { OmskCrash1, OmskCrash2, KazanBridge1 }) original.Add(a);
        var restored = StoryClusterer.Restore(original.Export());

        var next = restored.Add(OmskCrash3);
        var expected = original.Add(OmskCrash3);

        Assert.Equal(expected.StoryId, next.StoryId);
        Assert.Equal(expected.Score.Total, next.Score.Total, 6);
        Assert.Equal(original.Stories.Select(s => s.Id), restored.Stories.Select(s => s.Id));
        Assert.Equal(original.Add(KazanBridge2).StoryId, restored.Add(KazanBridge2).StoryId);
    }

    [Fact]
    public void Stories_that_fall_out_of_the_window_are_handed_off_and_forgotten()
    {
        var closed = new List<Story>();
        var clusterer = new StoryClusterer(new StoryClustererOptions { OnStoryClosed = closed.Add });
        clusterer.Add(OmskCrash1);
        clusterer.Add(OmskCrash2);

        clusterer.Add(KazanBridge1 with { Published = Noon.AddDays(4) });

        var omsk = Assert.Single(closed);
        Assert.Equal(["omsk-1", "omsk-2"], omsk.Members.Select(m => m.Article.ArticleId));
        Assert.False(omsk.IsOpen);
        Assert.Null(clusterer.StoryOf("omsk-1"));
        Assert.Single(clusterer.Stories);
    }

    [Fact]
    public void Two_stories_of_one_event_merge_into_the_older_when_an_article_bridges_them()
    {
        var opened = Article("bridge-1", "kazan.ru", 0, "В Казани открыли мост через Казанку",
            "Мост длиной 800 метров соединил Ново-Савиновский и Вахитовский районы Казани. По нему пустят автобусы.");
        var built = Article("bridge-2", "tatar-inform.ru", 0.5, "Строители закончили мост через Казанку",
            "Строительство шло два года и обошлось бюджету Татарстана в 12 миллиардов рублей, сообщили в Минстрое.");
        var bridge = Article("bridge-3", "business-gazeta.ru", 1, "В Казани открыли мост через Казанку, который строили два года",
            "Мост длиной 800 метров соединил Ново-Савиновский и Вахитовский районы Казани. Строительство шло два года и обошлось бюджету Татарстана в 12 миллиардов рублей.");
        // A bar to join just above what the first two reports score together keeps them apart; the third
        // reads like both, joins one and makes the two one story.
        var apart = Probe(opened, built, bridge);
        var options = new StoryClustererOptions { JoinThreshold = apart + 0.01, MergeThreshold = 0.2 };
        Assert.True(Probe(opened, bridge, built) > options.JoinThreshold && Probe(built, bridge, opened) > options.JoinThreshold);

        var clusterer = new StoryClusterer(options);
        clusterer.AddBatch([opened, built, bridge]);

        var story = clusterer.StoryOf("bridge-1")!;
        Assert.Equal(["bridge-1", "bridge-2", "bridge-3"], story.Members.Select(m => m.Article.ArticleId).Order());
        Assert.Equal(1, story.Id);                 // the older story survives
        Assert.Equal(1, clusterer.Find(2)?.Id);   // the merged id leads to it
        Assert.Single(clusterer.Stories);
    }

    [Fact]
    public void A_story_kept_apart_by_an_editor_takes_the_bridging_article_but_does_not_merge()
    {
        var opened = Article("bridge-1", "kazan.ru", 0, "В Казани открыли мост через Казанку",
            "Мост длиной 800 метров соединил Ново-Савиновский и Вахитовский районы Казани. По нему пустят автобусы.");
        var built = Article("bridge-2", "tatar-inform.ru", 0.5, "Строители закончили мост через Казанку",
            "Строительство шло два года и обошлось бюджету Татарстана в 12 миллиардов рублей, сообщили в Минстрое.");
        var bridge = Article("bridge-3", "business-gazeta.ru", 1, "В Казани открыли мост через Казанку, который строили два года",
            "Мост длиной 800 метров соединил Ново-Савиновский и Вахитовский районы Казани. Строительство шло два года и обошлось бюджету Татарстана в 12 миллиардов рублей.");
        var options = new StoryClustererOptions { JoinThreshold = Probe(opened, built, bridge) + 0.01, MergeThreshold = 0.2, KeptApart = new HashSet<long> { 2 } };

        var clusterer = new StoryClusterer(options);
        clusterer.AddBatch([opened, built, bridge]);

        Assert.Equal(2, clusterer.Stories.Count());
        Assert.NotEqual(clusterer.StoryOf("bridge-1")!.Id, clusterer.StoryOf("bridge-2")!.Id);
    }

    /// <summary>How the later of <paramref name="a"/> and <paramref name="b"/> scores against a story of the other, with IDF as in a batch of the three.</summary>
    private static double Probe(StoryFeatures a, StoryFeatures b, StoryFeatures other)
    {
        var df = new DocumentFrequencies();
        df.Add(other);
        var clusterer = new StoryClusterer(new StoryClustererOptions { JoinThreshold = 0 }, df);
        return clusterer.AddBatch([a, b])[^1].Score.Total;
    }
}
