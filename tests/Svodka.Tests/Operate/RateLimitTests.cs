using System.Net;
using Svodka.Tests.Web;

namespace Svodka.Tests.Operate;

/// <summary>The per-address budget of «Добавить новость» (Submissions:PermitLimit), set tiny here.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task The_form_answers_429_once_an_address_has_spent_its_budget()
    {
        await using var host = await PortalHost.StartAsync(onPostgres: false, new Dictionary<string, string?>
        {
            ["Submissions:PermitLimit"] = "2",
            ["Submissions:Window"] = "01:00:00",
        });
        using var browser = new FormBrowser(host);
        for (var i = 0; i < 2; i++)
        {
            var marker = Guid.NewGuid().ToString("N")[..8];
            var accepted = await browser.SubmitAsync("/add", "/add",
            [
                new("title", $"Открыт новый сквер {marker}"), new("text", $"В районе {marker} открыли сквер с фонтаном и скамейками, работы шли два месяца."),
                new("link", $"https://news.example/{marker}"), new("region", "moskva"), new("rubric", "society"),
            ]);
            Assert.Equal(HttpStatusCode.OK, accepted.Status);
        }
        var refused = await browser.SubmitAsync("/add", "/add", [new("title", "Ещё одна новость о сквере")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("Слишком много запросов", refused.Text);
        // The form itself still opens: only posting is limited.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/add")).Status);
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited_whatever_names_they_try()
    {
        await using var host = await PortalHost.StartAsync(onPostgres: false, new Dictionary<string, string?> { ["Admin:AttemptsPerMinute"] = "3" });
        using var browser = new FormBrowser(host);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.LogInAsync($"nobody-{i}", "wrong password")).Status);
        var refused = await browser.LogInAsync("nobody-else", "wrong password");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
    }
}
