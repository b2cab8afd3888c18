using Microsoft.Extensions.DependencyInjection;
using Svodka.Core.Model;
using Svodka.Storage.Stories;

namespace Svodka.Storage.Tests;

public sealed class StoryPageReadTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_story_page_read_shows_what_the_full_read_shows(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var stories = storage.Services.GetRequiredService<StoryStore>();
        var lenta = await storage.AddSourceAsync("https://lenta.ru/rss", "Лента.ру");
        var tass = await storage.AddSourceAsync("https://tass.ru/rss/v2.xml", "ТАСС");
        var now = Drafts.Now;
        await storage.Articles.StoreFetchAsync(lenta.Id,
        [
            Drafts.Article("https://example.ru/wire", title: "Первое сообщение", published: now.AddHours(-2)),
            Drafts.Article("https://lenta.ru/2", title: "Подробности", published: now.AddHours(-1)),
        ], Drafts.Ok(now.AddHours(-1)), ct);
        // The same report carried by a second outlet later: one article, two outlets.
        await storage.Articles.StoreFetchAsync(tass.Id,
            [Drafts.Article("https://example.ru/wire", title: "Первое сообщение", published: now.AddHours(-2))], Drafts.Ok(now), ct);
        await storage.Articles.StoreFetchAsync(tass.Id,
            [Drafts.Article("https://tass.ru/3", title: "Перепечатка", published: now.AddMinutes(-30))], Drafts.Ok(now), ct);
        var ids = (await storage.Articles.ListAsync(new(), ct)).ToDictionary(a => a.Title, a => a.Id);
        await stories.SaveAsync(
            [
                new StoryWrite(1, "ru", "Первое сообщение", "Лид", "society", now.AddHours(-2), now.AddMinutes(-30), 3, 2,
                    [new StoryTagWrite(TagKind.Region, "moskva", "Москва", 0.5), new StoryTagWrite(TagKind.Person, "sergey-sobyanin", "Сергей Собянин", 1.0)]),
                new StoryWrite(2, "ru", "Другая", "", null, now, now, 0, 0, []),
            ],
            [
                new StoryMembership(ids["Первое сообщение"], 1, 0.9, false),
                new StoryMembership(ids["Подробности"], 1, 0.7, false),
                new StoryMembership(ids["Перепечатка"], 1, 0.7, true),
            ], [], now, ct);
        await stories.SaveAsync([], [], [(2, 1)], now, ct);

        var full = (await stories.FindAsync(1, ct))!.Detail!;
        var page = (await stories.PageAsync(1, ct))!.Page!;

        Assert.Equal(full.Story, page.Story with { Tags = full.Story.Tags, Sources = full.Story.Sources });
        Assert.Equal(full.Story.Tags, page.Story.Tags);
        Assert.Equal(full.Story.Sources, page.Story.Sources);
        Assert.Equal(["Лента.ру", "ТАСС"], page.Story.Sources.Select(s => s.Title));
        Assert.Equal(full.Articles.Select(a => (a.Id, a.Title, a.Url, a.ListedAt, a.ImageUrl)),
            page.Articles.Select(a => (a.Id, a.Title, a.Url, a.ListedAt, a.ImageUrl)));
        Assert.Equal(["Первое сообщение", "Подробности", "Перепечатка"], page.Articles.Select(a => a.Title));
        Assert.Equal(full.Articles.Select(a => a.Sources), page.Articles.Select(a => a.Sources), new SourcesComparer());
        Assert.Equal(["Лента.ру", "ТАСС"], page.Articles[0].Sources.Select(s => s.Title));
        Assert.Equal(new StoryPageLookup(1, null), await stories.PageAsync(2, ct));
        Assert.Null(await stories.PageAsync(3, ct));
    }

    private sealed class SourcesComparer : IEqualityComparer<IReadOnlyList<Svodka.Storage.Articles.CarryingSource>>
    {
        public bool Equals(IReadOnlyList<Svodka.Storage.Articles.CarryingSource>? x, IReadOnlyList<Svodka.Storage.Articles.CarryingSource>? y) =>
            x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(IReadOnlyList<Svodka.Storage.Articles.CarryingSource> obj) => obj.Count;
    }
}
