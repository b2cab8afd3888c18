using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage.Articles;
using Svodka.Storage.Portal;
using Svodka.Storage.Submissions;
using Svodka.Stories;
using Svodka.Submissions;
using Svodka.Tests.Web;

namespace Svodka.Tests.Operate;

/// <summary>«Добавить новость» from the reader's form through moderation to the site, on SQLite and PostgreSQL.</summary>
public abstract class SubmissionTests(OperateFixture fixture)
{
    private PortalHost Host => fixture.Host;
    private SubmissionStore Submissions => Host.Services.GetRequiredService<SubmissionStore>();

    private static List<KeyValuePair<string, string>> Fields(string title, string text, string link,
        string region = "moskva", string rubric = "society", string contact = "", string honeypot = "") =>
    [
        new("title", title), new("text", text), new("link", link), new("region", region), new("rubric", rubric),
        new("contact", contact), new("website", honeypot),
    ];

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static string Text(string marker) =>
        $"В посёлке {marker} открыли новую библиотеку с читальным залом и детским отделом. Жители пришли на открытие всей семьёй.";

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused()
    {
        using var browser = new FormBrowser(Host);
        var marker = Unique();
        var before = await Submissions.CountAsync(SubmissionStatus.Pending, CancellationToken.None);
        await browser.GetAsync("/add");
        var page = await browser.PostAsync("/add", null, Fields($"Открыта библиотека {marker}", Text(marker), $"https://news.example/{marker}"));
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Форма устарела", page.Text);
        Assert.Equal(before, await Submissions.CountAsync(SubmissionStatus.Pending, CancellationToken.None));

        // A token from another visitor's page does not fit this visitor's cookie either.
        using var other = new FormBrowser(Host);
        var foreign = await other.GetAsync("/add");
        Assert.Equal(HttpStatusCode.BadRequest,
            (await browser.PostAsync("/add", foreign, Fields($"Открыта библиотека {marker}", Text(marker), $"https://news.example/{marker}"))).Status);

        // And the admin's forms alike: signed in, an approval without the token changes nothing.
        using var editor = new FormBrowser(Host);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.LogInAsync(OperateFixture.EditorName, OperateFixture.EditorPassword)).Status);
        var refused = await editor.PostAsync("/admin/submissions/1/approve", null, []);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        using var stranger = new FormBrowser(Host);
        var login = await stranger.PostAsync("/admin/login", null, [new("name", OperateFixture.AdminName), new("password", OperateFixture.AdminPassword)]);
        Assert.Equal(HttpStatusCode.BadRequest, login.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task A_valid_form_is_queued_and_the_reader_sees_a_confirmation()
    {
        using var browser = new FormBrowser(Host);
        var marker = Unique();
        var page = await browser.SubmitAsync("/add", "/add",
            Fields($"Открыта библиотека {marker}", Text(marker), $"https://news.example/{marker}?utm_source=tg", contact: "+7 900 000-00-00"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Спасибо, новость отправлена", page.Text);
        var queued = (await Submissions.ListAsync(SubmissionStatus.Pending, 1000, CancellationToken.None)).Single(s => s.Title.Contains(marker));
        Assert.Equal($"https://news.example/{marker}", queued.CanonicalUrl);
        Assert.Equal("moskva", queued.Region);
        Assert.Equal("+7 900 000-00-00", queued.Contact);
    }

    [Fact]
    public async Task The_english_site_shows_the_form_in_english()
    {
        using var browser = new FormBrowser(Host, "en.svodka.local");
        var form = await browser.GetAsync("/add");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("Submit news", form.Text);
        Assert.Contains(">Moscow</option>", form.Html);
        var wrong = await browser.PostAsync("/add", form, Fields("Short", "Too short", "mailto:editor@example.org"));
        Assert.Contains("A link starting with http:// or https:// is needed.", wrong.Text);
        Assert.Contains("Submit news", (await browser.GetAsync("/")).Text);
    }

    [Fact]
    public async Task The_honeypot_refuses_the_form_with_a_message()
    {
        using var browser = new FormBrowser(Host);
        var marker = Unique();
        var page = await browser.SubmitAsync("/add", "/add",
            Fields($"Открыта библиотека {marker}", Text(marker), $"https://news.example/{marker}", honeypot: "https://spam.example/"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("заполнена автоматически", page.Text);
        Assert.DoesNotContain(await Submissions.ListAsync(SubmissionStatus.Pending, 1000, CancellationToken.None), s => s.Title.Contains(marker));
    }

    [Fact]
    public async Task Invalid_fields_come_back_with_messages_beside_them_and_what_was_typed()
    {
        using var browser = new FormBrowser(Host);
        var page = await browser.SubmitAsync("/add", "/add",
            Fields("Коротко", "Текст, который никто не обрежет", "javascript:alert(1)", region: "atlantida", rubric: "gossip", contact: "почта@example.org"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Исправьте отмеченные поля", page.Text);
        Assert.Contains("Заголовок слишком короткий", page.Text);
        Assert.Contains("Текст слишком короткий", page.Text);
        Assert.Contains("http:// или https://", page.Text);
        Assert.Contains("Выберите регион из списка", page.Text);
        Assert.Contains("Выберите рубрику из списка", page.Text);
        Assert.Contains("value=\"Коротко\"", page.Html);
        Assert.Contains(">Текст, который никто не обрежет</textarea>", page.Html);
        Assert.Contains("value=\"почта@example.org\"", page.Html);
        Assert.Contains("id=\"link-error\"", page.Html);

        var ftp = await browser.SubmitAsync("/add", "/add", Fields($"Открыта библиотека {Unique()}", Text("Северный"), "ftp://files.example/news.txt"));
        Assert.Contains("http:// или https://", ftp.Text);
        Assert.Contains("<option value=\"moskva\" selected", ftp.Html);
    }

    [Fact]
    public async Task A_duplicate_of_a_stored_article_or_a_waiting_submission_is_refused_with_a_message()
    {
        using var browser = new FormBrowser(Host);
        var sameUrl = await browser.SubmitAsync("/add", "/add",
            Fields($"Новая станция метро на западе {Unique()}", Text(Unique()), PortalCorpus.OriginalUrl("moscow-1").Replace("https://", "http://www.") + "?utm_source=vk"));
        Assert.Equal(HttpStatusCode.Conflict, sameUrl.Status);
        Assert.Contains("Такая новость уже есть на сайте", sameUrl.Text);
        Assert.Contains($"href=\"/article/{Host.Corpus.Articles["moscow-1"]}\"", sameUrl.Html);

        var sameTitle = await browser.SubmitAsync("/add", "/add",
            Fields("СОБЯНИН ОТКРЫЛ СТАНЦИЮ МЕТРО \"КУНЦЕВСКАЯ-2\"!", Text(Unique()), $"https://other.example/{Unique()}"));
        Assert.Equal(HttpStatusCode.Conflict, sameTitle.Status);
        Assert.Contains("Такая новость уже есть на сайте", sameTitle.Text);
        Assert.Contains($"href=\"/article/{Host.Corpus.Articles["moscow-1"]}\"", sameTitle.Html);

        var marker = Unique();
        Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync("/add", "/add", Fields($"Открыта библиотека {marker}", Text(marker), $"https://news.example/{marker}"))).Status);
        var again = await browser.SubmitAsync("/add", "/add", Fields($"Открыта библиотека {marker}", Text(marker), $"https://news.example/{marker}"));
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
    }

    [Fact]
    public async Task An_approved_submission_is_an_article_of_the_readers_source_on_the_site_in_its_feeds_and_in_a_story()
    {
        using var reader = new FormBrowser(Host);
        var marker = Unique();
        var title = $"В Зеленограде открыли библиотеку {marker}";
        Assert.Equal(HttpStatusCode.OK, (await reader.SubmitAsync("/add", "/add", Fields(title, Text(marker), $"https://zelenograd.example/{marker}"))).Status);
        var submission = (await Submissions.ListAsync(SubmissionStatus.Pending, 1000, CancellationToken.None)).Single(s => s.Title == title);

        using var editor = new FormBrowser(Host);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.LogInAsync(OperateFixture.EditorName, OperateFixture.EditorPassword)).Status);
        var queue = await editor.GetAsync("/admin");
        Assert.Contains(title, queue.Text);
        var approved = await editor.PostAsync($"/admin/submissions/{submission.Id}/approve", queue, []);
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal("/admin?done=approved", approved.Response.Headers.Location?.OriginalString);

        var decided = await Submissions.GetAsync(submission.Id, CancellationToken.None);
        Assert.Equal(SubmissionStatus.Approved, decided!.Status);
        Assert.Equal(OperateFixture.EditorName, decided.DecidedBy);
        var article = await Host.Services.GetRequiredService<ArticleStore>().GetAsync(decided.ArticleId!.Value, CancellationToken.None);
        Assert.Equal(title, article!.Title);
        Assert.Equal(ReaderSource.Title, Assert.Single(article.Sources).Title);
        Assert.Equal("society", article.Analysis?.Rubric);
        Assert.Contains(article.Analysis!.Tags, t => t.Slug == "moskva");

        var page = await reader.GetAsync($"/article/{article.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Новость от читателя", page.Text);
        Assert.Contains(title, page.Text);
        Assert.Contains(title, (await reader.GetAsync("/")).Text);
        Assert.Contains(title, (await reader.GetAsync("/rss")).Html);
        using var json = System.Text.Json.JsonDocument.Parse((await reader.GetAsync("/region/moskva/feed.json")).Html);
        Assert.Contains(json.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == title);

        // A second approval of the same item does nothing.
        Assert.Equal("/admin?done=gone", (await editor.PostAsync($"/admin/submissions/{submission.Id}/approve", await editor.GetAsync("/admin"), [])).Response.Headers.Location?.OriginalString);

        // The story worker takes it like any collected article.
        await Host.Services.GetRequiredService<StoryWorker>().RunOnceAsync(CancellationToken.None);
        Assert.NotNull(await Host.Services.GetRequiredService<PortalReads>().StoryOfArticleAsync(article.Id, CancellationToken.None));
    }

    [Fact]
    public async Task An_editor_can_correct_or_reject_a_submission()
    {
        using var reader = new FormBrowser(Host);
        var marker = Unique();
        Assert.Equal(HttpStatusCode.OK, (await reader.SubmitAsync("/add", "/add", Fields($"Открыта библиотека {marker}", Text(marker), $"https://news.example/{marker}"))).Status);
        var submission = (await Submissions.ListAsync(SubmissionStatus.Pending, 1000, CancellationToken.None)).Single(s => s.Title.Contains(marker));

        using var editor = new FormBrowser(Host);
        await editor.LogInAsync(OperateFixture.EditorName, OperateFixture.EditorPassword);
        var form = await editor.GetAsync($"/admin/submissions/{submission.Id}");
        Assert.Contains($"value=\"Открыта библиотека {marker}\"", form.Html);
        var saved = await editor.PostAsync($"/admin/submissions/{submission.Id}", form,
            Fields($"Библиотека открыта в Крыму {marker}", Text(marker), $"https://news.example/{marker}", region: "respublika-krym", rubric: "science"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var corrected = await Submissions.GetAsync(submission.Id, CancellationToken.None);
        Assert.Equal($"Библиотека открыта в Крыму {marker}", corrected!.Title);
        Assert.Equal("respublika-krym", corrected.Region);

        var rejected = await editor.PostAsync($"/admin/submissions/{submission.Id}/reject", await editor.GetAsync("/admin"), []);
        Assert.Equal(HttpStatusCode.Redirect, rejected.Status);
        Assert.Equal(SubmissionStatus.Rejected, (await Submissions.GetAsync(submission.Id, CancellationToken.None))!.Status);
        Assert.DoesNotContain($"Библиотека открыта в Крыму {marker}", (await editor.GetAsync("/admin")).Text);
    }

    [Fact]
    public async Task Script_onerror_and_javascript_links_never_reach_a_page_or_a_feed_unescaped()
    {
        using var reader = new FormBrowser(Host);
        var marker = Unique();
        var title = $"Пожар на складе {marker} <script>alert('t')</script>";
        var text = $"На складе {marker} загорелись коробки. <script>alert('x')</script> <img src=x onerror=alert(1)> " +
                   "&lt;script&gt;alert('y')&lt;/script&gt; &lt;img src=y onerror=alert(2)&gt; " +
                   "<a href=\"javascript:alert(3)\">подробности</a> Пожарные справились за час, никто не пострадал.";
        var link = await reader.SubmitAsync("/add", "/add", Fields(title, text, "javascript:alert(4)"));
        Assert.Contains("http:// или https://", link.Text);
        Assert.Equal(HttpStatusCode.OK, (await reader.SubmitAsync("/add", "/add",
            Fields(title, text, $"https://fire.example/{marker}", contact: "<b onmouseover=alert(5)>я</b>"))).Status);
        var submission = (await Submissions.ListAsync(SubmissionStatus.Pending, 1000, CancellationToken.None)).Single(s => s.Title.Contains(marker));
        Assert.DoesNotContain("<script", submission.Title);
        Assert.DoesNotContain("onerror=alert(1)", submission.Text);

        using var editor = new FormBrowser(Host);
        await editor.LogInAsync(OperateFixture.AdminName, OperateFixture.AdminPassword);
        var queue = await editor.GetAsync("/admin");
        AssertInert(queue.Html);
        AssertInert((await editor.GetAsync($"/admin/submissions/{submission.Id}")).Html);
        await editor.PostAsync($"/admin/submissions/{submission.Id}/approve", queue, []);
        var articleId = (await Submissions.GetAsync(submission.Id, CancellationToken.None))!.ArticleId!.Value;
        await Host.Services.GetRequiredService<StoryWorker>().RunOnceAsync(CancellationToken.None);
        var storyId = await Host.Services.GetRequiredService<PortalReads>().StoryOfArticleAsync(articleId, CancellationToken.None);

        var paths = new List<string> { $"/article/{articleId}", "/", "/today", "/rss", "/atom", "/feed.json", "/region/moskva", "/region/moskva/rss", $"/search?q={marker}", $"/search/rss?q={marker}" };
        if (storyId is { } story) paths.AddRange([$"/story/{story}", $"/story/{story}/rss", $"/story/{story}/atom"]);
        foreach (var path in paths)
        {
            var page = await reader.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.True(page.Html.Contains(marker, StringComparison.Ordinal), $"{path} does not show the item");
            AssertInert(page.Html, path);
        }
    }

    /// <summary>
    /// Read as a browser would: no script element but the page's own JSON-LD, no event-handler attribute, no
    /// javascript: link. An RSS description is decoded from XML once and read as HTML, as feed readers do.
    /// </summary>
    private static void AssertInert(string html, string where = "")
    {
        AssertInertHtml(html, where);
        foreach (Match description in Regex.Matches(html, "<description>(.*?)</description>", RegexOptions.Singleline))
            AssertInertHtml(WebUtility.HtmlDecode(description.Groups[1].Value), where + " (RSS description)");
    }

    private static void AssertInertHtml(string html, string where)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script"))
            Assert.True(script.GetAttribute("type") == "application/ld+json", $"{where}: {script.OuterHtml}");
        foreach (var element in document.All)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            foreach (var attribute in element.Attributes.Where(a => a.Name is "href" or "src" or "action"))
                Assert.False(attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{where}: {element.OuterHtml}");
        }
    }
}

public sealed class SqliteSubmissionTests(SqliteOperate fixture) : SubmissionTests(fixture), IClassFixture<SqliteOperate>;

public sealed class PostgresSubmissionTests(PostgresOperate fixture) : SubmissionTests(fixture), IClassFixture<PostgresOperate>;
