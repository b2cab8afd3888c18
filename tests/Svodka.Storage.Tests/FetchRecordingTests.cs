using Svodka.Storage.Sources;

namespace Svodka.Storage.Tests;

public sealed class FetchRecordingTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Failures_are_logged_counted_and_cleared_by_the_next_success(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://www.kp.ru/rss/allsections.xml", "КП");
        var now = Drafts.Now;
        await storage.Sources.ClaimDueAsync("worker", now, 1, TimeSpan.FromMinutes(5), ct);

        await storage.Articles.RecordFailureAsync(source.Id, Drafts.Failed("HTTP 503 Service Unavailable", now, 503), ct);
        await storage.Articles.RecordFailureAsync(source.Id, Drafts.Failed("timed out after 30 s", now.AddMinutes(30)), ct);

        var failing = (await storage.Sources.FindAsync(source.Id.ToString(), ct))!;
        Assert.Equal((SourceStatus.Failing, "timed out after 30 s", 2), (failing.Status, failing.LastError, failing.ConsecutiveFailures));
        Assert.Equal(now.AddMinutes(60), failing.NextFetchAt);
        Assert.Equal(now.AddMinutes(30), failing.LastFetchedAt);
        Assert.Null(failing.LastSuccessAt);
        Assert.Equal(1, (await storage.Stats.GetAsync(ct)).FailingSources);
        var log = await storage.FetchLog.ForSourceAsync(source.Id, 10, ct);
        Assert.Equal([(null, "timed out after 30 s"), (503, "HTTP 503 Service Unavailable")], log.Select(l => (l.HttpStatus, l.Error)));
        Assert.Equal(TimeSpan.FromSeconds(10), log[0].Duration);
        // The failure released the lease: due again at its next fetch time.
        Assert.Single(await storage.Sources.ClaimDueAsync("worker", now.AddMinutes(60), 1, TimeSpan.FromMinutes(5), ct));

        await storage.Articles.StoreFetchAsync(source.Id, [Drafts.Article("https://www.kp.ru/online/news/1/")], Drafts.Ok(now.AddMinutes(60)), ct);

        var ok = (await storage.Sources.FindAsync(source.Id.ToString(), ct))!;
        Assert.Equal((SourceStatus.Ok, null, 0), (ok.Status, ok.LastError, ok.ConsecutiveFailures));
        Assert.Equal(now.AddMinutes(60), ok.LastSuccessAt);
        Assert.Equal(0, (await storage.Stats.GetAsync(ct)).FailingSources);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_fetch_records_validators_and_fills_the_title_and_site_only_when_the_source_has_none(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var untitled = await storage.AddSourceAsync("https://www.fontanka.ru/fontanka.rss");
        var titled = await storage.AddSourceAsync("https://www.vedomosti.ru/rss/news", "Ведомости");

        await storage.Articles.StoreFetchAsync(untitled.Id, [], Drafts.Ok(feedTitle: "Фонтанка.ру", feedSiteUrl: "https://www.fontanka.ru/"), ct);
        await storage.Articles.StoreFetchAsync(titled.Id, [], Drafts.Ok(feedTitle: "Ведомости — новости", feedSiteUrl: "https://www.vedomosti.ru/"), ct);

        var filled = (await storage.Sources.FindAsync(untitled.Id.ToString(), ct))!;
        Assert.Equal(("Фонтанка.ру", "https://www.fontanka.ru/", "\"v1\"", "Fri, 14 Mar 2025 09:00:00 GMT"),
            (filled.Title, filled.SiteUrl, filled.ETag, filled.LastModified));
        var kept = (await storage.Sources.FindAsync(titled.Id.ToString(), ct))!;
        Assert.Equal(("Ведомости", "https://www.vedomosti.ru/"), (kept.Title, kept.SiteUrl));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_304_without_validators_keeps_the_old_ones_and_still_logs_the_attempt(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://www.rbc.ru/rss", "РБК");
        await storage.Articles.StoreFetchAsync(source.Id, [Drafts.Article("https://www.rbc.ru/1")], Drafts.Ok(), ct);

        var notModified = await storage.Articles.StoreFetchAsync(source.Id, [], Drafts.Ok(Drafts.Now.AddMinutes(15), etag: null, status: 304) with { LastModified = null }, ct);

        Assert.Equal(new Articles.StoreResult(0, 0), notModified);
        var after = (await storage.Sources.FindAsync(source.Id.ToString(), ct))!;
        Assert.Equal(("\"v1\"", "Fri, 14 Mar 2025 09:00:00 GMT"), (after.ETag, after.LastModified));
        Assert.Equal(Drafts.Now.AddMinutes(30), after.NextFetchAt);
        var log = await storage.FetchLog.ForSourceAsync(source.Id, 1, ct);
        Assert.Equal((304, 0, 0), (log[0].HttpStatus, log[0].ItemsNew, log[0].ItemsSeen));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Stats_count_sources_articles_and_failing_sources(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var a = await storage.AddSourceAsync("https://lenta.ru/rss", "Лента.ру");
        var b = await storage.AddSourceAsync("https://tass.ru/rss/v2.xml", "ТАСС");
        await storage.AddSourceAsync("https://ria.ru/export/rss2/archive/index.xml", "РИА");
        await storage.Articles.StoreFetchAsync(a.Id,
            [Drafts.Article("https://lenta.ru/1", title: "Один"), Drafts.Article("https://lenta.ru/2", title: "Два")], Drafts.Ok(), ct);
        await storage.Articles.RecordFailureAsync(b.Id, Drafts.Failed("DNS: name not resolved"), ct);

        Assert.Equal(new Stats.StorageStats(Sources: 3, Articles: 2, Stories: 0, FailingSources: 1), await storage.Stats.GetAsync(ct));
    }
}
