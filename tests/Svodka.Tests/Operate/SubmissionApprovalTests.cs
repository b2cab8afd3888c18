using Microsoft.Extensions.DependencyInjection;
using Svodka.Core.Model;
using Svodka.Storage.Articles;
using Svodka.Storage.Submissions;
using Svodka.Submissions;
using Svodka.Testing;
using Svodka.Tests.Web;

namespace Svodka.Tests.Operate;

/// <summary>Approval finds the article it stored by key, however many articles the readers' source already has.</summary>
public sealed class SubmissionApprovalTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Approval_finds_its_article_behind_more_than_a_hundred_newer_ones(bool onPostgres)
    {
        if (onPostgres) PostgresTestServer.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var host = await PortalHost.StartAsync(onPostgres);
        var readers = await host.Services.GetRequiredService<ReaderSource>().IdAsync(ct);
        var articles = host.Services.GetRequiredService<ArticleStore>();

        // 101 readers' articles listed a day from now: newer than anything approved today.
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);
        var newer = Enumerable.Range(1, 101).Select(i => new ArticleDraft
        {
            ItemId = $"earlier-{i}",
            Url = $"https://readers.example/{i}",
            CanonicalUrl = $"https://readers.example/{i}",
            Title = $"Новость читателя номер {i}",
            Published = tomorrow,
            Text = $"Текст новости читателя номер {i}.",
            Language = "ru",
            ContentHash = $"hash-{i}",
        }).ToList();
        await articles.StoreFetchAsync(readers, newer, new FetchOutcome(tomorrow, null, TimeSpan.Zero, 0, null, null, null, tomorrow.AddYears(100)), ct);

        var submissions = host.Services.GetRequiredService<SubmissionStore>();
        const string title = "В Зеленограде открыли новую библиотеку";
        var id = await submissions.AddAsync(new SubmissionContent(title,
            "В Зеленограде открыли новую библиотеку с читальным залом и детским отделом. Жители пришли на открытие всей семьёй.",
            "https://zelenograd.example/library", "https://zelenograd.example/library", TitleKey.Of(title), "moskva", "society", null), "svodka", "ru", ct);

        var articleId = await host.Services.GetRequiredService<SubmissionPublisher>().ApproveAsync(id, "night-editor", ct);

        Assert.NotNull(articleId);
        Assert.DoesNotContain(articleId.Value, (await articles.ListAsync(new ArticleQuery(SourceId: readers, Take: 100), ct)).Select(a => a.Id));
        Assert.Equal(title, (await articles.GetAsync(articleId.Value, ct))!.Title);
        var decided = await submissions.GetAsync(id, ct);
        Assert.Equal(SubmissionStatus.Approved, decided!.Status);
        Assert.Equal(articleId, decided.ArticleId);
    }
}
