using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Core.Model;
using Svodka.Storage.Articles;

namespace Svodka.Storage.Tests;

public sealed class ConcurrencyTests
{
    private static List<ArticleDraft> Range(int from, int to) => Enumerable.Range(from, to - from)
        .Select(i => Drafts.Article($"https://ria.ru/20250314/{i}.html", itemId: $"ria-{i}", title: $"Сюжет {i}", text: $"{i}. {Drafts.LongText}"))
        .ToList();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_workers_storing_overlapping_drafts_from_two_sources_at_once_store_each_article_once(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var ria = await storage.AddSourceAsync("https://ria.ru/export/rss2/archive/index.xml", "РИА Новости");
        var mirror = await storage.AddSourceAsync("https://mirror.example.ru/ria.xml", "Зеркало РИА");
        // Each worker has its own stores and connections, as two processes would.
        await using var second = storage.OpenSecond();

        for (var round = 0; round < 5; round++)
        {
            var a = Range(round * 200, round * 200 + 150);
            var b = Range(round * 200 + 50, round * 200 + 200);
            var results = await Task.WhenAll(
                Task.Run(() => storage.Articles.StoreFetchAsync(ria.Id, a, Drafts.Ok(), ct), ct),
                Task.Run(() => second.GetRequiredService<ArticleStore>().StoreFetchAsync(mirror.Id, b, Drafts.Ok(), ct), ct));

            // 200 distinct articles, 100 of them carried by both: each is new for exactly one worker.
            Assert.Equal(200, results.Sum(r => r.New));
            Assert.Equal(100, results.Sum(r => r.Seen));
        }

        Assert.Equal(1000, await storage.Articles.CountAsync(ct));
        await using var db = storage.Factory.CreateDbContext();
        Assert.Equal(1500, await db.ArticleSources.CountAsync(ct));
        Assert.Equal(750, (await storage.Sources.FindAsync(ria.Id.ToString(), ct))!.ItemsTotal);
        Assert.Equal(750, (await storage.Sources.FindAsync(mirror.Id.ToString(), ct))!.ItemsTotal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_fetch_stored_twice_at_once_is_stored_once(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://tass.ru/rss/v2.xml", "ТАСС");
        await using var second = storage.OpenSecond();
        var drafts = Range(0, 300);

        var results = await Task.WhenAll(
            Task.Run(() => storage.Articles.StoreFetchAsync(source.Id, drafts, Drafts.Ok(), ct), ct),
            Task.Run(() => second.GetRequiredService<ArticleStore>().StoreFetchAsync(source.Id, drafts, Drafts.Ok(), ct), ct));

        Assert.Equal(300, results.Sum(r => r.New));
        Assert.Equal(300, results.Sum(r => r.Seen));
        Assert.Equal(300, await storage.Articles.CountAsync(ct));
        Assert.Equal(300, (await storage.Sources.FindAsync(source.Id.ToString(), ct))!.ItemsTotal);
        Assert.Equal(2, (await storage.FetchLog.ForSourceAsync(source.Id, 10, ct)).Count);
    }
}
