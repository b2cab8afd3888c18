using Svodka.Storage.Articles;

namespace Svodka.Storage.Tests;

public sealed class ArticleListTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Articles_are_listed_newest_first_by_published_time_falling_back_to_fetched(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://lenta.ru/rss", "Лента.ру");
        var fetched = Drafts.Now;   // 09:30 UTC

        await storage.Articles.StoreFetchAsync(source.Id, [Drafts.Article("https://lenta.ru/undated", title: "Без даты")],
            Drafts.Ok(fetched.AddMinutes(-10)), ct);
        await storage.Articles.StoreFetchAsync(source.Id,
        [
            Drafts.Article("https://lenta.ru/old", title: "Вчерашняя", published: fetched.AddDays(-1)),
            // 11:00 Moscow is 08:00 UTC: sorted by the instant, not by the wall clock.
            Drafts.Article("https://lenta.ru/msk", title: "Московское время", published: new DateTimeOffset(2025, 3, 14, 11, 0, 0, TimeSpan.FromHours(3))),
            Drafts.Article("https://lenta.ru/future", title: "Из будущего", published: fetched.AddYears(1)),
        ], Drafts.Ok(fetched), ct);

        var list = await storage.Articles.ListAsync(new(), ct);

        Assert.Equal(["Из будущего", "Без даты", "Московское время", "Вчерашняя"], list.Select(a => a.Title));
        // A future date does not put an item on top for a year: it lists from when it was fetched.
        Assert.Equal((fetched.AddYears(1), fetched), (list[0].Published, list[0].ListedAt));
        Assert.Equal((null, fetched.AddMinutes(-10)), (list[1].Published, list[1].ListedAt));
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 8, 0, 0, TimeSpan.Zero), list[2].Published);
        Assert.Equal(TimeSpan.Zero, list[2].Published!.Value.Offset);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Lists_filter_by_source_and_time_and_page(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lenta = await storage.AddSourceAsync("https://lenta.ru/rss", "Лента.ру");
        var tass = await storage.AddSourceAsync("https://tass.ru/rss/v2.xml", "ТАСС");
        var now = Drafts.Now;
        await storage.Articles.StoreFetchAsync(lenta.Id, Enumerable.Range(0, 10)
            .Select(i => Drafts.Article($"https://lenta.ru/{i}", title: $"Лента {i}", published: now.AddHours(-i))).ToList(), Drafts.Ok(), ct);
        await storage.Articles.StoreFetchAsync(tass.Id,
            [Drafts.Article("https://tass.ru/1", title: "ТАСС 1", published: now.AddMinutes(-30))], Drafts.Ok(), ct);

        var lentaPage2 = await storage.Articles.ListAsync(new(SourceId: lenta.Id, Take: 3, Skip: 3), ct);
        var lastTwoHours = await storage.Articles.ListAsync(new(Since: now.AddHours(-2)), ct);
        var sinceInMoscowTime = await storage.Articles.ListAsync(new(Since: now.AddHours(-2).ToOffset(TimeSpan.FromHours(3))), ct);

        Assert.Equal(["Лента 3", "Лента 4", "Лента 5"], lentaPage2.Select(a => a.Title));
        Assert.Equal(["Лента 0", "ТАСС 1", "Лента 1", "Лента 2"], lastTwoHours.Select(a => a.Title));
        Assert.Equal(lastTwoHours.Select(a => a.Id), sinceInMoscowTime.Select(a => a.Id));
        Assert.Empty(await storage.Articles.ListAsync(new(SourceId: tass.Id + lenta.Id + 10), ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_article_reads_back_with_everything_the_draft_carried(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://www.kommersant.ru/RSS/news.xml", "Коммерсантъ");
        var draft = Drafts.Article("https://www.kommersant.ru/doc/7563412", itemId: "7563412",
            url: "https://www.kommersant.ru/doc/7563412?from=rss", published: Drafts.Now.AddHours(-1)) with
        {
            Updated = Drafts.Now.AddMinutes(-20),
        };
        await storage.Articles.StoreFetchAsync(source.Id, [draft], Drafts.Ok(), ct);
        var id = (await storage.Articles.ListAsync(new(), ct))[0].Id;

        var article = (await storage.Articles.GetAsync(id, ct))!;

        Assert.Equal((draft.Title, draft.Url, draft.CanonicalUrl, draft.Published, draft.Updated, Drafts.Now),
            (article.Title, article.Url, article.CanonicalUrl, article.Published, article.Updated, article.Fetched));
        Assert.Equal((draft.Author, draft.Summary, draft.ContentHtml, draft.Text, draft.Language, draft.ImageUrl, draft.ContentHash),
            (article.Author, article.Summary, article.ContentHtml, article.Text, article.Language, article.ImageUrl, article.ContentHash));
        Assert.Equal(["Москва", "Город"], article.Categories);
        Assert.Equal([new CarryingSource(source.Id, "Коммерсантъ", Drafts.Now)], article.Sources);
        Assert.Null(await storage.Articles.GetAsync(id + 1, ct));
    }
}
