using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage.ApiKeys;
using Svodka.Tests.Web;

namespace Svodka.Tests.Api;

/// <summary>A portal with tiny budgets: three reads per address and two writes per key in ten minutes.</summary>
public sealed class TinyBudgetPortal() : PortalFixture(onPostgres: false, new Dictionary<string, string?>
{
    ["Api:ReadsPerWindow"] = "3",
    ["Api:WritesPerWindow"] = "2",
    ["Api:RateWindow"] = "00:10:00",
});

/// <summary>The rate limits answer 429 problem+json with Retry-After once a budget is spent (limits do not depend on the database).</summary>
public sealed class ApiRateLimitTests(TinyBudgetPortal fixture) : IClassFixture<TinyBudgetPortal>
{
    private PortalHost Host => fixture.Host;

    private async Task<ApiAnswer> PostAsync(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sources")
        {
            Content = new StringContent("""{"url": "http://127.0.0.1:9/rss.xml"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", key);
        return await ApiAnswer.From(await Host.Client().SendAsync(request));
    }

    [Fact]
    public async Task Reads_past_the_budget_are_429_with_retry_after_and_writes_count_per_key()
    {
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await ApiAnswer.GetAsync(Host.Client(), "/api/v1/rubrics")).Status);
        var refused = await ApiAnswer.GetAsync(Host.Client(), "/api/v1/stories");
        refused.AssertProblem(HttpStatusCode.TooManyRequests, "rate limit reached");
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? -1, 1, 600);
        // The portal's pages are not the API's budget.
        Assert.Equal(HttpStatusCode.OK, (await Host.Client().GetAsync("/regions")).StatusCode);

        var keys = Host.Services.GetRequiredService<ApiKeyStore>();
        var first = (await keys.AddAsync("first", CancellationToken.None)).Key;
        var second = (await keys.AddAsync("second", CancellationToken.None)).Key;
        // Private addresses stay refused through the API: this host does not allow them.
        (await PostAsync(first)).AssertProblem(HttpStatusCode.UnprocessableEntity, "private address");
        (await PostAsync(first)).AssertProblem(HttpStatusCode.UnprocessableEntity, "private address");
        (await PostAsync(first)).AssertProblem(HttpStatusCode.TooManyRequests, "rate limit reached");
        (await PostAsync(second)).AssertProblem(HttpStatusCode.UnprocessableEntity, "private address");
    }
}
