using Microsoft.EntityFrameworkCore;
using Svodka.Storage.Submissions;

namespace Svodka.Storage.Tests;

/// <summary>The readers' duplicate check: canonical URL and folded headline, both by index, old rows included.</summary>
public sealed class DuplicateArticlesTests
{
    private const string Title = "Собянин открыл станцию метро «Кунцевская-2»";

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static async Task<long> StoreAsync(TestStorage storage, string url, string title)
    {
        var ct = TestContext.Current.CancellationToken;
        var source = await storage.AddSourceAsync("https://mos.example/rss-" + Guid.NewGuid().ToString("N")[..6]);
        await storage.Articles.StoreFetchAsync(source.Id, [Drafts.Article(url, title: title, published: Drafts.Now)], Drafts.Ok(), ct);
        return (await storage.Articles.ListAsync(new Articles.ArticleQuery(SourceId: source.Id), ct)).Single().Id;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_stored_link_or_a_folded_headline_of_the_week_names_the_article(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var id = await StoreAsync(storage, "https://mos.example/news/1", Title);
        var other = await StoreAsync(storage, "https://mos.example/news/2", "Актёр сыграл Чехова на сцене МХТ");
        var duplicates = new DuplicateArticles(storage.Factory, new FixedClock(Drafts.Now.AddDays(1)));

        Assert.Equal(id, await duplicates.FindAsync("https://mos.example/news/1", "Совсем другой заголовок", ct));
        Assert.Equal(id, await duplicates.FindAsync("https://elsewhere.example/1", "СОБЯНИН ОТКРЫЛ  СТАНЦИЮ МЕТРО \"КУНЦЕВСКАЯ-2\"!", ct));
        Assert.Equal(other, await duplicates.FindAsync("https://elsewhere.example/2", "актер сыграл Чехова — на сцене МХТ", ct));
        Assert.Null(await duplicates.FindAsync("https://elsewhere.example/3", "Собянин открыл станцию метро «Кунцевская-3»", ct));
        Assert.Null(await duplicates.FindAsync("https://elsewhere.example/4", "«!»", ct));

        // A week later a folded match is a new event; the very same words still are not.
        var later = new DuplicateArticles(storage.Factory, new FixedClock(Drafts.Now.AddDays(8)));
        Assert.Null(await later.FindAsync("https://elsewhere.example/5", "СОБЯНИН ОТКРЫЛ СТАНЦИЮ МЕТРО \"КУНЦЕВСКАЯ-2\"", ct));
        Assert.Equal(id, await later.FindAsync("https://elsewhere.example/6", Title, ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Articles_stored_before_the_title_hash_get_it_at_the_next_start(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var id = await StoreAsync(storage, "https://mos.example/news/1", Title);
        await using (var db = storage.Factory.CreateDbContext())
            await db.Articles.ExecuteUpdateAsync(set => set.SetProperty(a => a.TitleHash, (string?)null), ct);

        await using (var second = storage.OpenSecond())
            await SvodkaDatabase.MigrateAsync(second, ct);

        await using (var db = storage.Factory.CreateDbContext())
            Assert.Equal(TitleKey.Hash(Title), await db.Articles.Where(a => a.Id == id).Select(a => a.TitleHash).SingleAsync(ct));
        var duplicates = new DuplicateArticles(storage.Factory, new FixedClock(Drafts.Now.AddDays(1)));
        Assert.Equal(id, await duplicates.FindAsync("https://elsewhere.example/1", "собянин открыл станцию метро кунцевская 2", ct));
    }

    [Fact]
    public async Task The_headline_lookup_uses_the_title_hash_index()
    {
        await using var storage = await TestStorage.CreateAsync(DatabaseProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        await using var db = storage.Factory.CreateDbContext();
        // ToQueryString gives SQLite's parameters as ".param set @name value" lines before the statement.
        var lines = DuplicateArticles.ByTitle(db, TitleKey.Hash(Title)!, Title, Drafts.Now).ToQueryString().Split('\n');
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(storage.Target.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
            command.Parameters.AddWithValue(line.Split(' ')[2], "x");
        var details = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) details.Add(reader.GetString(3));
        Assert.Contains(details, d => d.Contains("ix_articles_title_hash", StringComparison.Ordinal));
    }
}
