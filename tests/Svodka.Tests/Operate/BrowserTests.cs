using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Svodka.Storage.Users;
using Svodka.Tests.Web;
using Svodka.Users;

namespace Svodka.Tests.Operate;

/// <summary>
/// A reader and an editor in a real browser (Debian's Chromium driven by Playwright; nothing is downloaded) against
/// the portal on a loopback Kestrel port: home, story, article; a news item sent through /add, approved at /admin,
/// then found on the site, in the search and in the RSS feed.
/// </summary>
public sealed class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Admin = "browser-admin", Password = "browser admin password";

    /// <summary>
    /// A navigation counts once the new document is parsed: the steps after it wait for their own elements. Waiting
    /// for the "load" event as well (the default) once timed out in CI after the page had gone network-idle.
    /// </summary>
    private static readonly PageWaitForURLOptions Arrived = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    [Fact]
    public async Task A_reader_reads_and_submits_news_that_an_editor_approves_and_everyone_then_finds()
    {
        if (!File.Exists(Chromium))
            Assert.Skip($"browser tests skipped: {Chromium} is absent (apt-get install chromium; ./test installs it when run as root)");

        await using var host = await PortalHost.StartAsync(onPostgres: false, new Dictionary<string, string?> { ["Submissions:PermitLimit"] = "100" }, kestrel: true);
        await host.Services.GetRequiredService<UserStore>().AddAsync(Admin, UserPasswords.Hash(Admin, Password), UserRole.Admin, CancellationToken.None);
        var site = host.Address!.ToString().TrimEnd('/');

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // CI runs as root, where Chromium's sandbox cannot start; containers have a small /dev/shm.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        // Home → a story → an article.
        await page.GotoAsync(site + "/");
        Assert.Contains(PortalCorpus.MoscowTitle, await page.Locator("main").InnerTextAsync());
        await page.Locator($"a[href='/story/{PortalCorpus.MoscowStory}']").First.ClickAsync();
        await page.WaitForURLAsync($"**/story/{PortalCorpus.MoscowStory}", Arrived);
        Assert.Equal(PortalCorpus.MoscowTitle, (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.Locator("a[href^='/article/']").First.ClickAsync();
        await page.WaitForURLAsync("**/article/*", Arrived);
        Assert.Contains("Собянин", await page.Locator("h1").InnerTextAsync() + await page.Locator(".text").InnerTextAsync());

        // «Добавить новость» from the footer link.
        var marker = "Zelenograd" + Guid.NewGuid().ToString("N")[..6];
        var title = $"В Зеленограде открыли читальный зал {marker}";
        await page.Locator("a[href='/add']").ClickAsync();
        await page.WaitForURLAsync("**/add", Arrived);
        await page.FillAsync("#title", title);
        await page.FillAsync("#text", $"Новый читальный зал {marker} открылся в библиотеке Зеленограда. В нём сорок мест и бесплатный интернет.");
        await page.FillAsync("#link", $"https://zelenograd.example/news/{marker}");
        await page.SelectOptionAsync("#region", "moskva");
        await page.SelectOptionAsync("#rubric", "society");
        await page.ClickAsync("form.submit-form button[type=submit]");
        await page.Locator("text=Спасибо, новость отправлена").WaitForAsync();

        // The editor signs in (sent there from /admin) and approves it.
        await page.GotoAsync(site + "/admin");
        await page.WaitForURLAsync("**/admin/login**", Arrived);
        await page.FillAsync("#name", Admin);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/admin$"), Arrived);
        var item = page.Locator("li.submission", new() { HasText = marker });
        await item.Locator("button", new() { HasText = "Одобрить" }).ClickAsync();
        await page.Locator("text=Новость одобрена и опубликована").WaitForAsync();

        // On the site, labelled as a reader's submission. The browser may keep the home page it saw for
        // 15 seconds (Cache-Control: max-age=15); a reload revalidates it as a reader's would.
        await page.GotoAsync(site + "/");
        await page.ReloadAsync();
        await page.Locator("a", new() { HasText = title }).First.ClickAsync();
        await page.WaitForURLAsync("**/article/*", Arrived);
        Assert.Contains("Новость от читателя", await page.Locator("article").InnerTextAsync());

        // In the search once the background indexer has taken it (every two seconds). The browser may keep a
        // results page it saw for 15 seconds, so later tries reload (revalidate) rather than navigate again.
        var found = false;
        await page.GotoAsync($"{site}/search?q={marker}");
        for (var i = 0; i < 40 && !found; i++)
        {
            found = await page.Locator("main").InnerTextAsync() is var text && text.Contains(title, StringComparison.Ordinal);
            if (found) break;
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        Assert.True(found, "the search never found the approved item");

        // And in the RSS feed.
        var rss = await page.APIRequest.GetAsync(site + "/rss");
        Assert.Equal(200, rss.Status);
        Assert.Contains(title, await rss.TextAsync());
    }
}
