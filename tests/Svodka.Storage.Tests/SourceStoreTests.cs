using Svodka.Storage.Sources;

namespace Svodka.Storage.Tests;

public sealed class SourceStoreTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Added_sources_are_listed_found_by_id_or_feed_url_and_removed(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        var lenta = await storage.Sources.AddAsync(
            new NewSource(" https://lenta.ru/rss ", "Лента.ру", "https://lenta.ru/", "Общие", FetchPolicy.Never), ct);
        var tass = await storage.AddSourceAsync("https://tass.ru/rss/v2.xml");

        Assert.Equal("https://lenta.ru/rss", lenta.FeedUrl);
        Assert.Equal((SourceStatus.New, true, FetchPolicy.Never, "Общие"), (lenta.Status, lenta.Enabled, lenta.FetchPolicy, lenta.Category));
        Assert.Equal(FetchPolicy.WhenShort, tass.FetchPolicy);
        Assert.Null(tass.Title);
        Assert.Equal("https://tass.ru/rss/v2.xml", tass.DisplayName);
        Assert.Equal([lenta.Id, tass.Id], (await storage.Sources.ListAsync(ct)).Select(s => s.Id));
        Assert.Equal(lenta, await storage.Sources.FindAsync(lenta.Id.ToString(), ct));
        Assert.Equal(tass, await storage.Sources.FindAsync("https://tass.ru/rss/v2.xml", ct));
        Assert.Null(await storage.Sources.FindAsync("https://example.com/none.xml", ct));

        Assert.True(await storage.Sources.RemoveAsync(lenta.Id, ct));
        Assert.False(await storage.Sources.RemoveAsync(lenta.Id, ct));
        Assert.Null(await storage.Sources.FindAsync(lenta.Id.ToString(), ct));
        Assert.Equal([tass.Id], (await storage.Sources.ListAsync(ct)).Select(s => s.Id));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_feed_url_twice_is_refused_with_a_message_naming_the_existing_source(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var first = await storage.AddSourceAsync("https://www.kommersant.ru/RSS/news.xml", "Коммерсантъ");

        var error = await Assert.ThrowsAsync<SourceExistsException>(() => storage.AddSourceAsync("https://www.kommersant.ru/RSS/news.xml"));

        Assert.Equal(first.Id, error.Existing.Id);
        Assert.Equal($"The feed https://www.kommersant.ru/RSS/news.xml is already source #{first.Id} (Коммерсантъ)", error.Message);
        Assert.Single(await storage.Sources.ListAsync(TestContext.Current.CancellationToken));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_feed_url_that_is_not_http_is_refused(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => storage.AddSourceAsync("file:///etc/passwd"));
        Assert.Contains("http", error.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => storage.AddSourceAsync("lenta.ru/rss"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Sources_are_disabled_and_enabled_again(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://www.vedomosti.ru/rss/news");

        Assert.True(await storage.Sources.SetEnabledAsync(source.Id, false, ct));
        Assert.False((await storage.Sources.FindAsync(source.Id.ToString(), ct))!.Enabled);
        Assert.True(await storage.Sources.SetEnabledAsync(source.Id, true, ct));
        Assert.True((await storage.Sources.FindAsync(source.Id.ToString(), ct))!.Enabled);
        Assert.False(await storage.Sources.SetEnabledAsync(source.Id + 100, false, ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Removing_a_source_removes_the_articles_only_it_carried_and_keeps_shared_ones(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lenta = await storage.AddSourceAsync("https://lenta.ru/rss", "Лента.ру");
        var aggregator = await storage.AddSourceAsync("https://news.example.ru/all.xml", "Агрегатор");
        await storage.Articles.StoreFetchAsync(lenta.Id,
            [Drafts.Article("https://lenta.ru/news/only"), Drafts.Article("https://lenta.ru/news/shared", title: "Общая")], Drafts.Ok(), ct);
        await storage.Articles.StoreFetchAsync(aggregator.Id, [Drafts.Article("https://lenta.ru/news/shared", title: "Общая")], Drafts.Ok(), ct);

        Assert.True(await storage.Sources.RemoveAsync(lenta.Id, ct));

        var left = Assert.Single(await storage.Articles.ListAsync(new(), ct));
        Assert.Equal("https://lenta.ru/news/shared", left.CanonicalUrl);
        Assert.Equal(["Агрегатор"], left.Sources.Select(s => s.Title));
        Assert.Empty(await storage.FetchLog.ForSourceAsync(lenta.Id, 10, ct));
    }
}
