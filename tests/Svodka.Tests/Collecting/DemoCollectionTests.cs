using Svodka.Core.Model;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Demo;
using Svodka.Storage.Stories;
using Svodka.Stories;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Tests.Infrastructure;

namespace Svodka.Tests.Collecting;

/// <summary>
/// The offline demo through the real path: fetch → parse → page extraction → analysis → store. What a
/// new user sees after `./svodka serve --demo`, asserted on what a reader would notice.
/// </summary>
public sealed class DemoCollectionTests : IAsyncLifetime
{
    private DemoCatalog catalog = null!;
    private DemoServer server = null!;
    private CollectorHarness harness = null!;
    private IReadOnlyList<ArticleRecord> articles = [];

    public async ValueTask InitializeAsync()
    {
        catalog = DemoCatalog.Load(DemoCatalog.DefaultDirectory());
        server = await DemoServer.StartAsync(catalog, 0, TimeProvider.System, CancellationToken.None);
        harness = await CollectorHarness.StartAsync();
        foreach (var feed in server.Feeds) await harness.AddSourceAsync(feed.FeedUrl, feed.Title, FetchPolicy.WhenShort);
        await harness.CollectDueAsync();
        Assert.True(await harness.Services.GetRequiredService<StoryWorker>().RunOnceAsync(CancellationToken.None));
        var all = new List<ArticleRecord>();
        for (var skip = 0; ; skip += ArticleQuery.MaxTake)
        {
            var page = await harness.Articles.ListAsync(new ArticleQuery { Take = ArticleQuery.MaxTake, Skip = skip }, CancellationToken.None);
            all.AddRange(page);
            if (page.Count < ArticleQuery.MaxTake) break;
        }
        articles = all;
    }

    public async ValueTask DisposeAsync()
    {
        await harness.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Every_readable_feed_is_collected_and_only_the_broken_ones_fail()
    {
        var readable = catalog.Outlets.Where(o => o.Feed.Breakage is DemoFeedBreakage.None or DemoFeedBreakage.NbspAndControlCharacters).ToList();
        var expected = catalog.Articles.Count(a => readable.Any(o => o.Id == a.OutletId));
        Assert.True(articles.Count >= expected, $"{articles.Count} articles stored, {expected} expected from the readable feeds");

        var sources = await harness.Sources.ListAsync(CancellationToken.None);
        var failing = sources.Where(s => s.Status == SourceStatus.Failing).Select(s => s.Title ?? s.FeedUrl).Order().ToList();
        var broken = catalog.Outlets.Where(o => o.Feed.Breakage is DemoFeedBreakage.HtmlInsteadOfFeed or DemoFeedBreakage.ServerError).Select(o => o.Name).Order().ToList();
        Assert.Equal(broken, failing);
    }

    [Fact]
    public void Teaser_only_feeds_get_their_full_text_from_the_article_pages()
    {
        var teaserOutlets = catalog.Outlets.Where(o => o.Feed.FullText == DemoFullText.None && o.Feed.Breakage == DemoFeedBreakage.None).ToList();
        Assert.NotEmpty(teaserOutlets);
        foreach (var outlet in teaserOutlets)
        {
            var stored = articles.Where(a => a.Sources.Any(s => s.Title == outlet.Name)).ToList();
            Assert.NotEmpty(stored);
            foreach (var article in stored)
            {
                var original = catalog.Articles.Single(a => a.OutletId == outlet.Id && a.Title == article.Title);
                Assert.Null(article.PageError);
                // Every paragraph of the page's article body is in the stored text, and none of its boilerplate.
                foreach (var paragraph in original.Paragraphs)
                    Assert.Contains(paragraph[..Math.Min(60, paragraph.Length)], article.Text);
                Assert.DoesNotContain("Читайте также", article.Text);
                Assert.DoesNotContain("cookie", article.Text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Stored_articles_carry_language_rubric_topics_and_tags()
    {
        Assert.All(articles, a => Assert.NotNull(a.Analysis));
        var analysed = articles.Select(a => a.Analysis!).ToList();
        Assert.True(analysed.Count(a => a.Language == "ru") > 200);
        Assert.True(analysed.Count(a => a.Language == "en") > 30);
        Assert.True(analysed.Count(a => !a.IsNews) >= 3, "the demo's recipe, horoscope and how-tos should not pass as news");
        Assert.Contains(analysed, a => a.Rubric == "sports");
        Assert.Contains(analysed, a => a.Rubric == "economy");
        Assert.Contains(analysed, a => a.Tags.Any(t => t.Kind == TagKind.Topic && t.Slug == "music"));
        Assert.Contains(analysed, a => a.Tags.Any(t => t.Kind == TagKind.Region && t.Name.Contains("Крым")));
        Assert.Contains(analysed, a => a.Tags.Any(t => t.Kind == TagKind.Region && t.Name == "Москва"));
        Assert.Contains(analysed, a => a.Tags.Any(t => t.Kind == TagKind.Person && t.Name.Contains("Собянин")));
    }

    [Fact]
    public async Task The_demos_shared_events_become_multi_source_stories_and_lead_the_lists()
    {
        var ranking = harness.Services.GetRequiredService<StoryRanking>();
        var day = await ranking.RankAsync(new StoryQuery { Since = DateTimeOffset.UtcNow.AddDays(-1), Take = StoryQuery.MaxTake }, CancellationToken.None);
        Assert.NotEmpty(day);
        // Events that several outlets carried in one language are stories with several sources (stories
        // keep to one language)…
        var language = catalog.Outlets.ToDictionary(o => o.Id, o => o.Language);
        var readable = catalog.Outlets.Where(o => o.Feed.Breakage is DemoFeedBreakage.None or DemoFeedBreakage.NbspAndControlCharacters).Select(o => o.Id).ToHashSet();
        var shared = catalog.Articles.Where(a => readable.Contains(a.OutletId))
            .GroupBy(a => (a.EventId, language[a.OutletId]))
            .Where(g => g.Select(a => a.OutletId).Distinct().Count() >= 3).ToList();
        var stories = await harness.Services.GetRequiredService<StoryStore>().ListAsync(new StoryQuery { Take = StoryQuery.MaxTake }, CancellationToken.None);
        var multi = stories.Count(s => s.SourceCount >= 3);
        Assert.True(multi >= shared.Count * 0.7, $"{multi} stories with 3+ sources for {shared.Count} events carried by 3+ outlets");
        // …and the day's list starts with them: the top five have more outlets than the typical story.
        var median = day.Select(s => s.Story.SourceCount).Order().ElementAt(day.Count / 2);
        Assert.All(day.Take(5), s => Assert.True(s.Story.SourceCount > median, $"«{s.Story.Title}» ({s.Story.SourceCount} sources) leads the day"));

        // Within one story, the outlets are distinct events' reports, not two events glued: the titles share the event.
        var top = (await harness.Services.GetRequiredService<StoryStore>().GetAsync(day[0].Story.Id, CancellationToken.None))!;
        var events = top.Articles.Select(a => catalog.Articles.FirstOrDefault(d => d.Title == a.Title)?.EventId).OfType<string>().Distinct().ToList();
        Assert.Single(events);
    }

    [Fact]
    public async Task The_hour_list_holds_only_stories_with_an_article_in_the_last_hour()
    {
        var ranking = harness.Services.GetRequiredService<StoryRanking>();
        var hour = await ranking.RankAsync(new StoryQuery { Since = DateTimeOffset.UtcNow.AddHours(-1) }, CancellationToken.None);
        Assert.All(hour, s => Assert.True(s.Story.Last >= DateTimeOffset.UtcNow.AddHours(-1).AddMinutes(-1)));
        var ordered = hour.Where(s => !s.Story.Pinned).Select(s => s.Terms.Weight).ToList();
        Assert.Equal(ordered.OrderDescending(), ordered);
    }
}
