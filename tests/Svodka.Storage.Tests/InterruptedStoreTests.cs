using Svodka.Storage.Articles;

namespace Svodka.Storage.Tests;

public sealed class InterruptedStoreTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_store_stopped_midway_keeps_whole_chunks_and_the_retry_stores_only_the_rest(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://archive.example.ru/full.xml", "Архив");
        var drafts = Enumerable.Range(0, 6 * ArticleStore.ChunkSize)
            .Select(i => Drafts.Article($"https://archive.example.ru/{i}", title: $"Материал {i}", text: $"{i} {Drafts.LongText}"))
            .ToList();

        // Stop the worker as soon as its first chunk is committed, as a kill or shutdown would.
        using var stop = new CancellationTokenSource();
        var interrupted = Task.Run(() => storage.Articles.StoreFetchAsync(source.Id, drafts, Drafts.Ok(), stop.Token), ct);
        while (!interrupted.IsCompleted && await storage.Articles.CountAsync(ct) == 0) await Task.Delay(5, ct);
        await stop.CancelAsync();
        try { await interrupted; } catch (OperationCanceledException) { }

        var committed = await storage.Articles.CountAsync(ct);
        Assert.Equal(0, committed % ArticleStore.ChunkSize);
        Assert.Equal(committed, (await storage.Sources.FindAsync(source.Id.ToString(), ct))!.ItemsTotal);

        // The lease ran out and the next poll brings the same items.
        var retried = await storage.Articles.StoreFetchAsync(source.Id, drafts, Drafts.Ok(Drafts.Now.AddMinutes(15)), ct);

        Assert.Equal(new StoreResult(drafts.Count - (int)committed, (int)committed), retried);
        Assert.Equal(drafts.Count, await storage.Articles.CountAsync(ct));
        Assert.Equal(drafts.Count, (await storage.Sources.FindAsync(source.Id.ToString(), ct))!.ItemsTotal);
    }
}
