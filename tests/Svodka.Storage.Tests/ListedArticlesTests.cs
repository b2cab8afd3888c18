using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage.Portal;
using Svodka.Storage.Search;

namespace Svodka.Storage.Tests;

public sealed class ListedArticlesTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Lists_read_articles_without_html_and_with_text_only_where_there_is_no_summary(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var reads = storage.Services.GetRequiredService<PortalReads>();
        var lenta = await storage.AddSourceAsync("https://lenta.ru/rss", "Лента.ру");
        var longText = string.Concat(Enumerable.Repeat("Правительство утвердило новые правила. ", 80));
        await storage.Articles.StoreFetchAsync(lenta.Id,
        [
            Drafts.Article("https://lenta.ru/1", title: "С анонсом", published: Drafts.Now.AddHours(-1)),
            Drafts.Article("https://lenta.ru/2", title: "Без анонса", text: longText, published: Drafts.Now) with { Summary = null },
        ], Drafts.Ok(), ct);

        var full = await reads.ArticlesAsync(new ArticleSlice(), 10, 0, ct);
        var listed = await reads.ListedArticlesAsync(new ArticleSlice(), 10, 0, ct);

        Assert.Equal(["Без анонса", "С анонсом"], listed.Select(a => a.Title));
        Assert.All(listed, a => Assert.Null(a.ContentHtml));
        Assert.Equal(longText[..PortalReads.ListedTextLength], listed[0].Text);
        Assert.Null(listed[1].Text);
        Assert.NotNull(listed[1].Summary);
        for (var i = 0; i < full.Count; i++)
        {
            Assert.Equal(full[i] with { ContentHtml = null, Text = null, Sources = [], Categories = [] },
                listed[i] with { Text = null, Sources = [], Categories = [] });
            Assert.Equal(full[i].Categories, listed[i].Categories);
        }
        Assert.Equal(full.Select(a => a.Sources.Single()), listed.Select(a => a.Sources.Single()));

        // Search results are shown as lists show articles.
        var search = storage.Services.GetRequiredService<ArticleSearch>();
        while (await search.IndexNewAsync(ct) > 0) { }
        var found = (await search.SearchAsync(new SearchRequest("правила", "ru"), ct)).Groups.SelectMany(g => g.Articles).ToList();
        Assert.Equal(["Без анонса"], found.Select(a => a.Title));
        Assert.Null(found[0].ContentHtml);
        Assert.Equal(longText[..PortalReads.ListedTextLength], found[0].Text);
    }
}
