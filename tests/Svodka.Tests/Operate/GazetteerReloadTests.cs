using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Core.Model;
using Svodka.Sources;
using Svodka.Storage.Articles;
using Svodka.Storage.Submissions;

namespace Svodka.Tests.Operate;

/// <summary>The operate portal over a copy of config/gazetteers that the tests edit.</summary>
public abstract class GazetteerCopyFixture(bool onPostgres) : OperateFixture(onPostgres), IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("svodka-gazetteers-").FullName;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings()
    {
        var shipped = Path.GetDirectoryName(SourceSeeding.FindShipped(Path.Combine("config", "gazetteers", "regions.tsv")))!;
        foreach (var file in new[] { "regions.tsv", "countries.tsv", "persons.tsv" })
            File.Copy(Path.Combine(shipped, file), Path.Combine(Directory, file), overwrite: true);
        yield return new("Understanding:Gazetteers", Directory);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteGazetteerCopy() : GazetteerCopyFixture(onPostgres: false);

/// <summary>/admin/gazetteer: an operator edits a gazetteer file, reloads it without a restart, and new articles get the new tags.</summary>
public sealed class GazetteerReloadTests(SqliteGazetteerCopy fixture) : IClassFixture<SqliteGazetteerCopy>
{
    private const string NewPerson = "Аркадий Новосельцев";

    [Fact]
    public async Task A_reloaded_gazetteer_tags_a_new_article_with_the_new_person()
    {
        var persons = Path.Combine(fixture.Directory, "persons.tsv");
        using var admin = new FormBrowser(fixture.Host);
        await admin.LogInAsync(OperateFixture.AdminName, OperateFixture.AdminPassword);
        var before = await admin.GetAsync("/admin/gazetteer");
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Contains("2026-01", before.Text);
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(before.Html, "id=\"persons-count\">(\\d+)<").Groups[1].Value);

        var original = await File.ReadAllTextAsync(persons);
        await File.WriteAllTextAsync(persons, original.Replace("# As of: 2026-01", "# As of: 2026-11-25").TrimEnd('\n') +
            "\narkadiy-novoseltsev\tАркадий Новосельцев\tArkady Novoseltsev\tглава города Новоградска\trussia\t\t\t\t\n");
        var site = fixture.Host.Client("svodka.local");
        Assert.Equal(HttpStatusCode.NotFound, (await Svodka.Tests.Web.FetchedPage.GetAsync(site, "/person/arkadiy-novoseltsev")).Status);
        var reloaded = await admin.PostAsync("/admin/gazetteer/reload", before, []);
        Assert.Equal(HttpStatusCode.Redirect, reloaded.Status);
        Assert.Equal("/admin/gazetteer?done=gazetteer", reloaded.Response.Headers.Location!.OriginalString);
        var after = await admin.GetAsync("/admin/gazetteer?done=gazetteer");
        Assert.Contains($"id=\"persons-count\">{count + 1}<", after.Html);
        Assert.Contains("2026-11-25", after.Text);
        Assert.Contains("Справочники перезагружены", after.Text);

        var article = await PublishAsync($"{NewPerson} открыл в Новоградске новый мост через реку",
            $"Глава города {NewPerson} открыл движение по мосту. По словам {NewPerson.Split(' ')[0]}а Новосельцева, мост строили три года, и теперь дорога до центра займёт десять минут.");
        Assert.Contains(article.Analysis!.Tags, t => t.Kind == TagKind.Person && t.Slug == "arkadiy-novoseltsev");
        var page = await Svodka.Tests.Web.FetchedPage.GetAsync(site, "/person/arkadiy-novoseltsev");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(NewPerson, page.Text);

        // A broken file is refused and the loaded gazetteer stays.
        await File.WriteAllTextAsync(persons, "no header here\n");
        var broken = await admin.PostAsync("/admin/gazetteer/reload", after, []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.Status);
        Assert.Contains("Справочник не перезагружен, работает прежний", broken.Text);
        Assert.Contains($"id=\"persons-count\">{count + 1}<", broken.Html);
        await File.WriteAllTextAsync(persons, original);
    }

    [Fact]
    public async Task A_region_added_by_a_reload_is_offered_and_accepted_by_the_add_form()
    {
        var regions = Path.Combine(fixture.Directory, "regions.tsv");
        var original = await File.ReadAllTextAsync(regions);
        try
        {
            using var reader = new FormBrowser(fixture.Host);
            var marker = Guid.NewGuid().ToString("N")[..8];
            KeyValuePair<string, string>[] fields =
            [
                new("title", $"В Новоградской области открыли библиотеку {marker}"),
                new("text", "Новая библиотека в областном центре работает без выходных, в ней двадцать тысяч книг и читальный зал на сто мест."),
                new("link", $"https://novogradsk.example/{marker}"), new("region", "novogradskaya-oblast"),
                new("rubric", "society"), new("contact", ""), new("website", ""),
            ];
            var refused = await reader.SubmitAsync("/add", "/add", fields);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
            Assert.Contains("Выберите регион из списка", refused.Text);

            await File.WriteAllTextAsync(regions, original.TrimEnd('\n') +
                "\nnovogradskaya-oblast\tНовоградская область\tNovograd Oblast\tНовоградчина\tcentral\tНовоградск\tПётр Заречный\n");
            await ReloadAsync();

            var form = await reader.GetAsync("/add");
            Assert.Contains("<option value=\"novogradskaya-oblast\"", form.Html);
            Assert.Equal(HttpStatusCode.OK, (await reader.SubmitAsync("/add", "/add", fields)).Status);
            var queued = (await fixture.Host.Services.GetRequiredService<SubmissionStore>().ListAsync(SubmissionStatus.Pending, 1000, CancellationToken.None))
                .Single(s => s.SourceUrl.Contains(marker));
            Assert.Equal("novogradskaya-oblast", queued.Region);
        }
        finally
        {
            await File.WriteAllTextAsync(regions, original);
            await ReloadAsync();
        }
    }

    private async Task ReloadAsync()
    {
        using var admin = new FormBrowser(fixture.Host);
        await admin.LogInAsync(OperateFixture.AdminName, OperateFixture.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/admin/gazetteer/reload", await admin.GetAsync("/admin/gazetteer"), [])).Status);
    }

    [Fact]
    public async Task An_editor_is_refused_the_gazetteer()
    {
        using var editor = new FormBrowser(fixture.Host);
        await editor.LogInAsync(OperateFixture.EditorName, OperateFixture.EditorPassword);
        var page = await editor.GetAsync("/admin/gazetteer");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/denied")).Status);
        var post = await editor.PostAsync("/admin/gazetteer/reload", await editor.GetAsync("/admin/stories"), []);
        Assert.Equal(HttpStatusCode.Redirect, post.Status);
        Assert.StartsWith("http://svodka.local/admin/denied", post.Response.Headers.Location!.ToString());
    }

    /// <summary>A reader's item, approved by the editor: analysed by the web process's analyzer on the way in.</summary>
    private async Task<ArticleRecord> PublishAsync(string title, string text)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        using var reader = new FormBrowser(fixture.Host);
        Assert.Equal(HttpStatusCode.OK, (await reader.SubmitAsync("/add", "/add",
        [
            new("title", title), new("text", text), new("link", $"https://novogradsk.example/{marker}"), new("region", "moskva"),
            new("rubric", "society"), new("contact", ""), new("website", ""),
        ])).Status);
        var submissions = fixture.Host.Services.GetRequiredService<SubmissionStore>();
        var submission = (await submissions.ListAsync(SubmissionStatus.Pending, 1000, CancellationToken.None)).Single(s => s.SourceUrl.Contains(marker));
        using var editor = new FormBrowser(fixture.Host);
        await editor.LogInAsync(OperateFixture.EditorName, OperateFixture.EditorPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"/admin/submissions/{submission.Id}/approve", await editor.GetAsync("/admin"), [])).Status);
        var articleId = (await submissions.GetAsync(submission.Id, CancellationToken.None))!.ArticleId!.Value;
        return (await fixture.Host.Services.GetRequiredService<ArticleStore>().GetAsync(articleId, CancellationToken.None))!;
    }
}
