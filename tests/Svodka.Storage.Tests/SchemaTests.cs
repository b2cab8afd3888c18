using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Svodka.Storage.Tests;

public sealed class SchemaTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Migrations_create_the_schema_on_an_empty_database(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        await using var db = storage.Factory.CreateDbContext();
        Assert.Equal(provider, db.Provider);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(ct));
        // Fails when an entity changed and nobody added a migration for this provider.
        Assert.False(db.Database.HasPendingModelChanges(), $"the {provider} model has changes no migration covers");

        Assert.Equal(0, await db.Sources.CountAsync(ct));
        Assert.Equal(0, await db.ArticleSources.CountAsync(ct));
        Assert.Equal(0, await db.FetchLog.CountAsync(ct));
        Assert.Equal(0, await storage.Articles.CountAsync(ct));
        Assert.Empty(await storage.Sources.ListAsync(ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_restart_migrates_again_without_touching_the_data(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://lenta.ru/rss", "Лента.ру");
        await storage.Articles.StoreFetchAsync(source.Id, [Drafts.Article("https://lenta.ru/news/1")], Drafts.Ok(), ct);

        await using (var second = storage.OpenSecond())
            await SvodkaDatabase.MigrateAsync(second, ct);

        Assert.Equal(1, await storage.Articles.CountAsync(ct));
        Assert.Equal("Лента.ру", (await storage.Sources.FindAsync(source.Id.ToString(), ct))!.Title);
    }

    [Fact]
    public async Task Sqlite_database_is_in_wal_mode_and_waits_for_a_busy_writer()
    {
        await using var storage = await TestStorage.CreateAsync(DatabaseProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        await using var db = storage.Factory.CreateDbContext();

        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync(ct));
        Assert.True(await db.Database.SqlQueryRaw<int>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync(ct) >= 5000);
    }

    [Fact]
    public async Task Sqlite_writer_waits_for_another_connections_write_lock_instead_of_failing()
    {
        await using var storage = await TestStorage.CreateAsync(DatabaseProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://ria.ru/export/rss2/archive/index.xml", "РИА Новости");

        // Another process holds the write lock for a moment, as a long collector transaction would.
        await using var other = new Microsoft.Data.Sqlite.SqliteConnection(storage.Target.ConnectionString);
        await other.OpenAsync(ct);
        var tx = other.BeginTransaction(deferred: false);
        // Microsoft.Data.Sqlite waits synchronously: off the test thread, so the test can let go of the lock.
        var store = Task.Run(() => storage.Articles.StoreFetchAsync(source.Id, [Drafts.Article("https://ria.ru/20250314/a.html")], Drafts.Ok(), ct), ct);
        await Task.Delay(300, ct);
        Assert.False(store.IsCompleted);
        tx.Commit();

        Assert.Equal(new Articles.StoreResult(1, 0), await store);
    }
}
