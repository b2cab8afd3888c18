using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Core.Model;
using Svodka.Storage.Articles;
using Svodka.Storage.Portal;
using Svodka.Storage.Stories;
using Svodka.Stories;
using Svodka.Tests.Web;

namespace Svodka.Tests.Operate;

/// <summary>/admin/stories/{id}/edit: an editor merges and splits stories; the pages show it at once and the story worker keeps it.</summary>
public abstract class StoryEditTests(OperateFixture fixture)
{
    private PortalHost Host => fixture.Host;

    [Fact]
    public async Task After_a_merge_the_story_page_lists_the_outlets_of_both_and_the_old_address_leads_there()
    {
        var reader = Host.Client("svodka.local");
        var before = await FetchedPage.GetAsync(reader, $"/story/{PortalCorpus.MoscowStory}");
        Assert.DoesNotContain("Крымский курьер", before.Section("sources"));

        using var editor = new FormBrowser(Host);
        await editor.LogInAsync(OperateFixture.EditorName, OperateFixture.EditorPassword);
        var form = await editor.GetAsync($"/admin/stories/{PortalCorpus.CrimeaStory}/edit");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains(PortalCorpus.CrimeaTitle, form.Text);

        var wrong = await editor.PostAsync($"/admin/stories/{PortalCorpus.CrimeaStory}/merge", form, [new("into", "999999")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.Status);
        Assert.Contains("Сюжета №999999 нет", wrong.Text);
        var notNumber = await editor.PostAsync($"/admin/stories/{PortalCorpus.CrimeaStory}/merge", form, [new("into", "метро")]);
        Assert.Contains("целое число", notNumber.Text);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostAsync($"/admin/stories/{PortalCorpus.CrimeaStory}/merge", null, [new("into", "101")])).Status);

        var found = await editor.GetAsync($"/admin/stories/{PortalCorpus.CrimeaStory}/edit?q=метро");
        Assert.Contains(PortalCorpus.MoscowTitle, found.Text);
        var merged = await editor.PostAsync($"/admin/stories/{PortalCorpus.CrimeaStory}/merge", form, [new("into", $"№{PortalCorpus.MoscowStory}")]);
        Assert.Equal(HttpStatusCode.Redirect, merged.Status);
        Assert.Equal($"/admin/stories/{PortalCorpus.MoscowStory}/edit?done=merged", merged.Response.Headers.Location!.OriginalString);

        var after = await FetchedPage.GetAsync(reader, $"/story/{PortalCorpus.MoscowStory}");
        foreach (var outlet in new[] { "Столичный вестник", "Лента дня", "Федеральный обозреватель", "Крымский курьер" })
            Assert.Contains(outlet, after.Section("sources"));
        var old = await FetchedPage.GetAsync(reader, $"/story/{PortalCorpus.CrimeaStory}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.Status);
        var stored = (await Host.Services.GetRequiredService<StoryStore>().GetAsync(PortalCorpus.MoscowStory, CancellationToken.None))!;
        Assert.Equal(5, stored.Story.ArticleCount);
        Assert.Equal(4, stored.Story.SourceCount);
        Assert.Contains(stored.Story.Tags, t => t.Slug == "respublika-krym");

        // A clustering pass and a restart of the worker keep the five articles together.
        var worker = Host.Services.GetRequiredService<StoryWorker>();
        Assert.True(await worker.RunOnceAsync(CancellationToken.None));
        var reads = Host.Services.GetRequiredService<PortalReads>();
        Assert.Equal(PortalCorpus.MoscowStory, await reads.StoryOfArticleAsync(Host.Corpus.Articles["crimea-1"], CancellationToken.None));
    }

    [Fact]
    public async Task After_a_split_the_article_has_its_own_story_and_a_clustering_pass_does_not_put_it_back()
    {
        var worker = Host.Services.GetRequiredService<StoryWorker>();
        var reads = Host.Services.GetRequiredService<PortalReads>();
        var moved = Host.Corpus.Articles["belarus-2"];
        var stays = Host.Corpus.Articles["belarus-1"];
        // The worker's memory as it was before the edit: it still has both articles in one story.
        var memory = await worker.RestoreAsync(CancellationToken.None);

        using var editor = new FormBrowser(Host);
        await editor.LogInAsync(OperateFixture.EditorName, OperateFixture.EditorPassword);
        var form = await editor.GetAsync($"/admin/stories/{PortalCorpus.BelarusStory}/edit");
        var none = await editor.PostAsync($"/admin/stories/{PortalCorpus.BelarusStory}/split", form, []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.Status);
        Assert.Contains("Отметьте новости", none.Text);
        var all = await editor.PostAsync($"/admin/stories/{PortalCorpus.BelarusStory}/split", form, [new("article", $"{moved}"), new("article", $"{stays}")]);
        Assert.Contains("хотя бы одна новость", all.Text);

        var split = await editor.PostAsync($"/admin/stories/{PortalCorpus.BelarusStory}/split", form, [new("article", $"{moved}")]);
        Assert.Equal(HttpStatusCode.Redirect, split.Status);
        var newStory = await reads.StoryOfArticleAsync(moved, CancellationToken.None);
        Assert.NotNull(newStory);
        Assert.NotEqual(PortalCorpus.BelarusStory, newStory);
        Assert.Equal($"/admin/stories/{newStory}/edit?done=split", split.Response.Headers.Location!.OriginalString);

        var reader = Host.Client("svodka.local");
        var page = await FetchedPage.GetAsync(reader, $"/story/{newStory}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<h1", page.Html);
        Assert.Contains("Кошанов и Лукашенко обсудили межрегиональный форум", page.Html[page.Html.IndexOf("<h1", StringComparison.Ordinal)..]);
        Assert.Contains("Федеральный обозреватель", page.Section("sources"));
        Assert.DoesNotContain("Лента дня", page.Section("sources"));
        Assert.DoesNotContain("Федеральный обозреватель", (await FetchedPage.GetAsync(reader, $"/story/{PortalCorpus.BelarusStory}")).Section("sources"));

        // A reprint of the article that stayed arrives; the stale memory would have written the old story back whole.
        await StoreAnalysedAsync("belarus-reprint", "Лукашенко предложил подтолкнуть сотрудничество с Казахстаном",
            "Александр Лукашенко в Минске встретился с председателем парламента Казахстана Ерланом Кошановым. По его словам, губернаторы обеих стран должны стать центральными фигурами сотрудничества. Об этом сообщает пресс-служба.");
        Assert.True(await worker.PassAsync(memory, CancellationToken.None) > 0);
        while (await worker.PassAsync(memory, CancellationToken.None) > 0) { }
        Assert.Equal(newStory, await reads.StoryOfArticleAsync(moved, CancellationToken.None));
        Assert.Equal(PortalCorpus.BelarusStory, await reads.StoryOfArticleAsync(stays, CancellationToken.None));

        // A restart rebuilds from the database and keeps the two apart too.
        Assert.True(await worker.RunOnceAsync(CancellationToken.None));
        Assert.Equal(newStory, await reads.StoryOfArticleAsync(moved, CancellationToken.None));
        Assert.Null(await Host.Services.GetRequiredService<StoryStore>().MergedIntoAsync(newStory!.Value, CancellationToken.None));
    }

    private async Task StoreAnalysedAsync(string key, string title, string text)
    {
        var now = DateTimeOffset.UtcNow;
        var url = $"https://krym.news.example/2026/{key}.html";
        await Host.Services.GetRequiredService<ArticleStore>().StoreFetchAsync(Host.Corpus.Sources["krym"],
        [
            new ArticleDraft
            {
                ItemId = key, Url = url, CanonicalUrl = url, Title = title, Published = now, Summary = text, Text = text,
                ContentHtml = $"<p>{text}</p>", Language = "ru", ContentHash = Svodka.Core.Dedup.ContentHash.Compute(title, text),
                Analysis = new ArticleAnalysis
                {
                    Language = "ru", IsNews = true, Rubric = "society",
                    Tags = [new(TagKind.Country, "belarus", "Белоруссия", 0.9), new(TagKind.Person, "aleksandr-lukashenko", "Александр Лукашенко", 0.9)],
                },
            },
        ], new FetchOutcome(now, 200, TimeSpan.FromMilliseconds(100), 1000, null, null, null, now.AddMinutes(10)), CancellationToken.None);
    }
}

public sealed class SqliteStoryEditTests(SqliteOperate fixture) : StoryEditTests(fixture), IClassFixture<SqliteOperate>;

public sealed class PostgresStoryEditTests(PostgresOperate fixture) : StoryEditTests(fixture), IClassFixture<PostgresOperate>;
