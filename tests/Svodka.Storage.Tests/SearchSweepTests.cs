using Microsoft.Extensions.DependencyInjection;
using Svodka.Core.Model;
using Svodka.Storage.Search;

namespace Svodka.Storage.Tests;

public sealed class SearchSweepTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_sweep_reindexes_articles_analysed_again_and_not_those_analysed_as_they_were_stored(DatabaseProvider provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var search = storage.Services.GetRequiredService<ArticleSearch>();
        var source = await storage.AddSourceAsync("https://ria.ru/export/rss2/archive/index.xml", "РИА Новости");
        static ArticleAnalysis Analysis(string language) => new() { Language = language, Rubric = "society", IsNews = true };
        await storage.Articles.StoreFetchAsync(source.Id,
        [
            Drafts.Article("https://ria.ru/1", title: "Губернатор открыл мост") with { Analysis = Analysis("ru") },
            Drafts.Article("https://ria.ru/2", title: "Мэр открыл школу") with { Analysis = Analysis("ru") },
        ], Drafts.Ok(Drafts.Now), ct);
        while (await search.IndexNewAsync(ct) > 0) { }
        var ids = (await storage.Articles.ListAsync(new(), ct)).Select(a => a.Id).Order().ToList();

        Assert.Equal(0, await search.IndexAnalysedSinceAsync(Drafts.Now.AddMinutes(-1), ct));

        await storage.Articles.SaveAnalysesAsync([(ids[1], Analysis("ru"))], Drafts.Now.AddMinutes(5), ct);
        Assert.Equal(1, await search.IndexAnalysedSinceAsync(Drafts.Now.AddMinutes(-1), ct));
        Assert.Equal(0, await search.IndexAnalysedSinceAsync(Drafts.Now.AddMinutes(6), ct));
    }
}
