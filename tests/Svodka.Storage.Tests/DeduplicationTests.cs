using Svodka.Storage.Articles;

namespace Svodka.Storage.Tests;

public sealed class DeduplicationTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_canonical_url_is_one_article(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://lenta.ru/rss", "Лента.ру");

        var first = await storage.Articles.StoreFetchAsync(source.Id,
            [Drafts.Article("https://lenta.ru/news/2025/03/14/park/", url: "https://lenta.ru/news/2025/03/14/park/?utm_source=rss")], Drafts.Ok(), ct);
        // Edited title and text: still the article at that URL.
        var second = await storage.Articles.StoreFetchAsync(source.Id,
            [Drafts.Article("https://lenta.ru/news/2025/03/14/park/", title: "Москва обновит набережные к 2030 году",
                text: Drafts.LongText + " Обновлено.")], Drafts.Ok(Drafts.Now.AddMinutes(15)), ct);

        Assert.Equal(new StoreResult(1, 0), first);
        Assert.Equal(new StoreResult(0, 1), second);
        var article = Assert.Single(await storage.Articles.ListAsync(new(), ct));
        Assert.Equal("Москва обновит набережные", article.Title);
        Assert.Equal("https://lenta.ru/news/2025/03/14/park/?utm_source=rss", article.Url);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_item_id_in_the_same_source_is_one_article_even_when_its_url_changed(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://www.interfax.ru/rss.asp", "Интерфакс");

        await storage.Articles.StoreFetchAsync(source.Id,
            [Drafts.Article("https://www.interfax.ru/russia/1011", itemId: "interfax-1011", text: "Коротко.")], Drafts.Ok(), ct);
        var again = await storage.Articles.StoreFetchAsync(source.Id,
            [Drafts.Article("https://www.interfax.ru/moscow/1011", itemId: "interfax-1011", text: "Коротко, но иначе.")],
            Drafts.Ok(Drafts.Now.AddMinutes(15)), ct);

        Assert.Equal(new StoreResult(0, 1), again);
        Assert.Equal(1, await storage.Articles.CountAsync(ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Item_ids_belong_to_their_source_so_equal_ids_in_two_feeds_are_two_articles(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var a = await storage.AddSourceAsync("https://regnum.ru/rss", "Регнум");
        var b = await storage.AddSourceAsync("https://www.fontanka.ru/fontanka.rss", "Фонтанка");

        await storage.Articles.StoreFetchAsync(a.Id, [Drafts.Article("https://regnum.ru/news/1", itemId: "1", title: "Новость Регнума", text: "Один.")], Drafts.Ok(), ct);
        var other = await storage.Articles.StoreFetchAsync(b.Id, [Drafts.Article("https://www.fontanka.ru/2025/03/14/1/", itemId: "1", title: "Новость Фонтанки", text: "Два.")], Drafts.Ok(), ct);

        Assert.Equal(new StoreResult(1, 0), other);
        Assert.Equal(2, await storage.Articles.CountAsync(ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task One_sites_article_under_two_urls_with_the_same_text_is_one_article(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var news = await storage.AddSourceAsync("https://www.mk.ru/rss/index.xml", "МК");
        var amp = await storage.AddSourceAsync("https://www.mk.ru/rss/amp.xml", "МК (AMP)");

        await storage.Articles.StoreFetchAsync(news.Id, [Drafts.Article("https://www.mk.ru/news/2025/03/14/naberezhnye.html")], Drafts.Ok(), ct);
        var fromAmp = await storage.Articles.StoreFetchAsync(amp.Id, [Drafts.Article("https://mk.ru/amp/2025/03/14/naberezhnye.html")], Drafts.Ok(), ct);

        Assert.Equal(new StoreResult(0, 1), fromAmp);
        var article = Assert.Single(await storage.Articles.ListAsync(new(), ct));
        Assert.Equal("https://www.mk.ru/news/2025/03/14/naberezhnye.html", article.CanonicalUrl);
        Assert.Equal(["МК", "МК (AMP)"], article.Sources.Select(s => s.Title));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Identical_wire_text_from_two_outlets_stays_two_articles(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var a = await storage.AddSourceAsync("https://www.mk.ru/rss/index.xml", "МК");
        var b = await storage.AddSourceAsync("https://www.gazeta.ru/export/rss/lenta.xml", "Газета.ру");

        await storage.Articles.StoreFetchAsync(a.Id, [Drafts.Article("https://www.mk.ru/news/tass-copy.html")], Drafts.Ok(), ct);
        var second = await storage.Articles.StoreFetchAsync(b.Id, [Drafts.Article("https://www.gazeta.ru/news/tass-copy.shtml")], Drafts.Ok(), ct);

        Assert.Equal(new StoreResult(1, 0), second);
        Assert.Equal(2, await storage.Articles.CountAsync(ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Same_title_and_a_stub_text_on_one_site_are_not_taken_for_one_article(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://www.rbc.ru/rss", "РБК");

        var result = await storage.Articles.StoreFetchAsync(source.Id,
        [
            Drafts.Article("https://www.rbc.ru/rates/2025-03-13", title: "Курсы валют", text: "Курсы валют на сегодня."),
            Drafts.Article("https://www.rbc.ru/rates/2025-03-14", title: "Курсы валют", text: "Курсы валют на сегодня."),
        ], Drafts.Ok(), ct);

        Assert.Equal(new StoreResult(2, 0), result);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_second_poll_of_the_same_items_stores_nothing_new(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://ria.ru/export/rss2/archive/index.xml", "РИА Новости");
        var items = Enumerable.Range(1, 30)
            .Select(i => Drafts.Article($"https://ria.ru/20250314/news-{i}.html", itemId: $"ria-{i}", title: $"Новость номер {i}", text: $"{i}: {Drafts.LongText}"))
            .ToList();

        var first = await storage.Articles.StoreFetchAsync(source.Id, items, Drafts.Ok(), ct);
        var second = await storage.Articles.StoreFetchAsync(source.Id, items, Drafts.Ok(Drafts.Now.AddMinutes(15)), ct);

        Assert.Equal(new StoreResult(30, 0), first);
        Assert.Equal(new StoreResult(0, 30), second);
        Assert.Equal(30, await storage.Articles.CountAsync(ct));
        Assert.Equal(30, (await storage.Sources.FindAsync(source.Id.ToString(), ct))!.ItemsTotal);
        var log = await storage.FetchLog.ForSourceAsync(source.Id, 10, ct);
        Assert.Equal([(0, 30), (30, 0)], log.Select(l => (l.ItemsNew, l.ItemsSeen)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_sources_with_the_same_article_store_it_once_and_link_it_to_both(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var tass = await storage.AddSourceAsync("https://tass.ru/rss/v2.xml", "ТАСС");
        var yandex = await storage.AddSourceAsync("https://news.example.ru/rss/moscow.xml", "Агрегатор");

        await storage.Articles.StoreFetchAsync(tass.Id, [Drafts.Article("https://tass.ru/moskva/23412345", itemId: "23412345")], Drafts.Ok(), ct);
        var viaAggregator = await storage.Articles.StoreFetchAsync(yandex.Id,
            [Drafts.Article("https://tass.ru/moskva/23412345", itemId: "agg-777")], Drafts.Ok(Drafts.Now.AddMinutes(3)), ct);
        // Seen again by the aggregator: already linked, nothing more.
        var againViaAggregator = await storage.Articles.StoreFetchAsync(yandex.Id,
            [Drafts.Article("https://tass.ru/moskva/23412345", itemId: "agg-777")], Drafts.Ok(Drafts.Now.AddMinutes(20)), ct);

        Assert.Equal(new StoreResult(0, 1), viaAggregator);
        Assert.Equal(new StoreResult(0, 1), againViaAggregator);
        var article = Assert.Single(await storage.Articles.ListAsync(new(), ct));
        Assert.Equal([("ТАСС", Drafts.Now), ("Агрегатор", Drafts.Now.AddMinutes(3))], article.Sources.Select(s => (s.Title, s.FirstSeenAt)));
        Assert.Equal(1, (await storage.Sources.FindAsync(yandex.Id.ToString(), ct))!.ItemsTotal);
        Assert.Single(await storage.Articles.ListAsync(new(SourceId: yandex.Id), ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_duplicate_inside_one_feed_adds_nothing(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://www.mk.ru/rss/index.xml", "МК");

        var result = await storage.Articles.StoreFetchAsync(source.Id,
        [
            Drafts.Article("https://www.mk.ru/news/2025/03/14/a.html", itemId: "a"),
            Drafts.Article("https://www.mk.ru/amp/2025/03/14/a.html", itemId: "a-amp"),
            Drafts.Article("https://www.mk.ru/news/2025/03/14/a.html", itemId: "a-again"),
        ], Drafts.Ok(), ct);

        Assert.Equal(new StoreResult(1, 2), result);
        Assert.Equal(1, (await storage.Sources.FindAsync(source.Id.ToString(), ct))!.ItemsTotal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_feed_that_puts_one_guid_on_every_item_does_not_fold_them_into_one(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://gorod.example.ru/rss", "Городская газета");
        var items = Enumerable.Range(1, 3)
            .Select(i => Drafts.Article($"https://gorod.example.ru/news/{i}", itemId: "https://gorod.example.ru/", title: $"Новость {i}", text: $"Текст {i}"))
            .ToList();

        var first = await storage.Articles.StoreFetchAsync(source.Id, items, Drafts.Ok(), ct);
        var next = await storage.Articles.StoreFetchAsync(source.Id,
            [.. items, Drafts.Article("https://gorod.example.ru/news/4", itemId: "https://gorod.example.ru/", title: "Новость 4", text: "Текст 4")],
            Drafts.Ok(Drafts.Now.AddMinutes(15)), ct);

        Assert.Equal(new StoreResult(3, 0), first);
        Assert.Equal(new StoreResult(1, 3), next);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Duplicates_across_transaction_chunks_of_a_large_feed_are_found(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://archive.example.ru/full.xml", "Архив");
        var unique = Enumerable.Range(0, 1100)
            .Select(i => Drafts.Article($"https://archive.example.ru/{i}", title: $"Материал {i}", text: $"{i} {Drafts.LongText}"))
            .ToList();
        // Repeats of the first items come after the first chunk has been committed.
        var drafts = unique.Concat(unique.Take(150)).ToList();

        var result = await storage.Articles.StoreFetchAsync(source.Id, drafts, Drafts.Ok(), ct);

        Assert.Equal(new StoreResult(1100, 150), result);
        Assert.Equal(1100, await storage.Articles.CountAsync(ct));
        Assert.Equal(1100, (await storage.Sources.FindAsync(source.Id.ToString(), ct))!.ItemsTotal);
        Assert.Single(await storage.FetchLog.ForSourceAsync(source.Id, 10, ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Hostile_text_is_stored_cleaned_and_unstorable_drafts_are_counted_not_fatal(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://bad.example.ru/rss", "Кривая лента");

        var result = await storage.Articles.StoreFetchAsync(source.Id,
        [
            Drafts.Article("https://bad.example.ru/1", title: "Нулевой\0 байт и \uD83D одинокий суррогат", text: "Текст\0 с нулём"),
            Drafts.Article("   ", title: "Без адреса"),
            Drafts.Article("https://bad.example.ru/" + new string('a', 5000), title: "Слишком длинный адрес"),
        ], Drafts.Ok(), ct);

        Assert.Equal(new StoreResult(1, 0, 2), result);
        var article = Assert.Single(await storage.Articles.ListAsync(new(), ct));
        Assert.Equal("Нулевой байт и \uFFFD одинокий суррогат", article.Title);
        Assert.Equal("Текст с нулём", article.Text);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Storing_for_a_source_removed_meanwhile_stores_nothing_and_does_not_fail(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://gone.example.ru/rss");
        await storage.Sources.RemoveAsync(source.Id, ct);

        var result = await storage.Articles.StoreFetchAsync(source.Id, [Drafts.Article("https://gone.example.ru/1")], Drafts.Ok(), ct);
        await storage.Articles.RecordFailureAsync(source.Id, Drafts.Failed("timeout"), ct);

        Assert.Equal(new StoreResult(0, 0), result);
        Assert.Equal(0, await storage.Articles.CountAsync(ct));
    }
}
