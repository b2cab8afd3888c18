using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage.Sources;

namespace Svodka.Storage.Tests;

public sealed class ClaimDueTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task New_sources_are_due_and_a_leased_source_is_not_claimed_again_until_its_lease_runs_out(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://lenta.ru/rss", "Лента.ру");
        var now = Drafts.Now;

        var claimed = Assert.Single(await storage.Sources.ClaimDueAsync("worker-a", now, 10, Lease, ct));
        Assert.Equal(source.Id, claimed.Source.Id);
        Assert.Equal(now + Lease, claimed.LeaseUntil);

        Assert.Empty(await storage.Sources.ClaimDueAsync("worker-b", now.AddMinutes(1), 10, Lease, ct));
        Assert.Empty(await storage.Sources.ClaimDueAsync("worker-b", now + Lease - TimeSpan.FromSeconds(1), 10, Lease, ct));
        // worker-a died: its lease runs out and the source is fetched by someone else.
        var reclaimed = Assert.Single(await storage.Sources.ClaimDueAsync("worker-b", now + Lease, 10, Lease, ct));
        Assert.Equal(source.Id, reclaimed.Source.Id);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Disabled_sources_are_never_claimed(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var off = await storage.AddSourceAsync("https://off.example.ru/rss");
        var on = await storage.AddSourceAsync("https://on.example.ru/rss");
        await storage.Sources.SetEnabledAsync(off.Id, false, ct);

        var claimed = await storage.Sources.ClaimDueAsync("worker", Drafts.Now.AddDays(30), 10, Lease, ct);

        Assert.Equal([on.Id], claimed.Select(c => c.Source.Id));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_stored_fetch_releases_the_lease_and_the_source_is_due_again_at_its_next_fetch_time(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://tass.ru/rss/v2.xml", "ТАСС");
        var now = Drafts.Now;
        await storage.Sources.ClaimDueAsync("worker", now, 10, Lease, ct);

        // Ok() schedules the next fetch 15 minutes after the fetch started.
        await storage.Articles.StoreFetchAsync(source.Id, [Drafts.Article("https://tass.ru/1", published: now.AddHours(-2))], Drafts.Ok(now), ct);

        Assert.Empty(await storage.Sources.ClaimDueAsync("worker", now.AddMinutes(14), 10, Lease, ct));
        var lease = Assert.Single(await storage.Sources.ClaimDueAsync("worker", now.AddMinutes(15), 10, Lease, ct));
        Assert.Equal(now.AddMinutes(15), lease.Source.NextFetchAt);
        Assert.Equal([now.AddHours(-2)], lease.RecentItemTimes);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Claims_take_the_earliest_due_first_up_to_the_maximum(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var now = Drafts.Now;
        var late = await storage.AddSourceAsync("https://late.example.ru/rss");
        var early = await storage.AddSourceAsync("https://early.example.ru/rss");
        var never = await storage.AddSourceAsync("https://never-fetched.example.ru/rss");
        var future = await storage.AddSourceAsync("https://future.example.ru/rss");
        await storage.Articles.StoreFetchAsync(late.Id, [], Drafts.Ok(now.AddMinutes(-5)), ct);    // due now + 10 min before
        await storage.Articles.StoreFetchAsync(early.Id, [], Drafts.Ok(now.AddMinutes(-30)), ct);  // due 15 min before
        await storage.Articles.StoreFetchAsync(future.Id, [], Drafts.Ok(now), ct);                 // due in 15 min

        var first = await storage.Sources.ClaimDueAsync("worker", now.AddMinutes(11), 2, Lease, ct);
        var rest = await storage.Sources.ClaimDueAsync("worker", now.AddMinutes(11), 10, Lease, ct);

        Assert.Equal([never.Id, early.Id], first.Select(c => c.Source.Id));
        Assert.Equal([late.Id], rest.Select(c => c.Source.Id));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_concurrent_claimers_never_get_the_same_source(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 60; i++) await storage.AddSourceAsync($"https://site{i}.example.ru/rss");
        await using var second = storage.OpenSecond();
        var claims = new ConcurrentBag<(string Worker, long Id)>();

        async Task ClaimUntilNoneLeft(SourceStore store, string worker)
        {
            while (await store.ClaimDueAsync(worker, Drafts.Now, 3, Lease, ct) is { Count: > 0 } leases)
                foreach (var lease in leases) claims.Add((worker, lease.Source.Id));
        }

        await Task.WhenAll(
            Task.Run(() => ClaimUntilNoneLeft(storage.Sources, "worker-a"), ct),
            Task.Run(() => ClaimUntilNoneLeft(second.GetRequiredService<SourceStore>(), "worker-b"), ct));

        Assert.Equal(60, claims.Count);
        Assert.Equal(60, claims.Select(c => c.Id).Distinct().Count());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_lease_carries_the_times_of_the_latest_items_newest_first(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://www.rbc.ru/rss", "РБК");
        var now = Drafts.Now;
        var dated = Enumerable.Range(0, 25)
            .Select(i => Drafts.Article($"https://www.rbc.ru/news/{i}", title: $"Новость {i}", text: $"{i}", published: now.AddMinutes(-60 - 10 * i)))
            .ToList();
        await storage.Articles.StoreFetchAsync(source.Id, dated, Drafts.Ok(now.AddHours(-1)), ct);
        await storage.Articles.StoreFetchAsync(source.Id, [Drafts.Article("https://www.rbc.ru/news/undated", title: "Без даты", text: "?")], Drafts.Ok(now), ct);

        var lease = Assert.Single(await storage.Sources.ClaimDueAsync("worker", now.AddHours(1), 1, Lease, ct));

        Assert.Equal(SourceStore.RecentItemCount, lease.RecentItemTimes.Count);
        Assert.Equal(now, lease.RecentItemTimes[0]);   // the undated item counts from when it was first seen
        Assert.All(lease.RecentItemTimes.Skip(1), t => Assert.True(t <= now.AddMinutes(-60)));
        Assert.Equal(lease.RecentItemTimes.OrderByDescending(t => t), lease.RecentItemTimes);
    }
}
