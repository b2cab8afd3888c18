using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage.ApiKeys;
using Svodka.Storage.Submissions;
using Svodka.Tests.Web;

namespace Svodka.Tests.Api;

/// <summary>POST /api/v1/submissions: the /add form's checks and queue behind an API key, on SQLite and PostgreSQL.</summary>
public abstract class ApiSubmissionTests(PortalFixture fixture)
{
    private PortalHost Host => fixture.Host;
    private SubmissionStore Submissions => Host.Services.GetRequiredService<SubmissionStore>();

    private async Task<string> KeyAsync() =>
        (await Host.Services.GetRequiredService<ApiKeyStore>().AddAsync("submitter-" + Unique(), CancellationToken.None)).Key;

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<ApiAnswer> SendAsync(HttpMethod method, string path, string? json, string? key)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await ApiAnswer.From(await Host.Client().SendAsync(request));
    }

    private Task<ApiAnswer> PostAsync(object body, string? key) => SendAsync(HttpMethod.Post, "/api/v1/submissions", JsonSerializer.Serialize(body), key);

    private static Dictionary<string, string?> Item(string marker) => new()
    {
        ["title"] = $"В посёлке {marker} открыли библиотеку",
        ["text"] = $"В посёлке {marker} открыли новую библиотеку с читальным залом и детским отделом. Жители пришли на открытие всей семьёй.",
        ["link"] = $"https://news.example/{marker}?utm_source=api",
        ["region"] = "moskva",
        ["rubric"] = "society",
    };

    [Fact]
    public async Task A_good_item_with_a_key_is_queued_for_moderation_like_the_forms()
    {
        var key = await KeyAsync();
        var marker = Unique();
        var item = Item(marker);
        item["title"] = $"<b>В посёлке {marker}</b> открыли библиотеку";
        item["contact"] = "+7 900 000-00-00";
        var answer = await PostAsync(item, key);

        Assert.Equal(HttpStatusCode.Created, answer.Status);
        var id = answer.Json.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/submissions/{id}", answer.Headers.Location?.OriginalString);
        Assert.Equal("pending", answer.Json.GetProperty("status").GetString());
        Assert.False(answer.Json.TryGetProperty("contact", out _));

        var queued = (await Submissions.ListAsync(SubmissionStatus.Pending, 1000, CancellationToken.None)).Single(s => s.Id == id);
        Assert.Equal($"В посёлке {marker} открыли библиотеку", queued.Title);
        Assert.Equal($"https://news.example/{marker}", queued.CanonicalUrl);
        Assert.Equal("moskva", queued.Region);
        Assert.Equal("+7 900 000-00-00", queued.Contact);

        var status = await SendAsync(HttpMethod.Get, $"/api/v1/submissions/{id}", null, key);
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal("pending", status.Json.GetProperty("status").GetString());
        (await SendAsync(HttpMethod.Get, $"/api/v1/submissions/{id}", null, null)).AssertProblem(HttpStatusCode.Unauthorized, "an API key is required");

        // The same item again waits already.
        (await PostAsync(Item(marker), key)).AssertProblem(HttpStatusCode.Conflict, "already waiting");
    }

    [Fact]
    public async Task Without_a_valid_key_nothing_is_queued()
    {
        var marker = Unique();
        (await PostAsync(Item(marker), null)).AssertProblem(HttpStatusCode.Unauthorized, "an API key is required");
        (await PostAsync(Item(marker), "svk_not-a-key")).AssertProblem(HttpStatusCode.Unauthorized, "the API key is not valid");
        Assert.DoesNotContain(await Submissions.ListAsync(SubmissionStatus.Pending, 1000, CancellationToken.None), s => s.Title.Contains(marker));
    }

    [Fact]
    public async Task Bad_fields_are_problems_naming_each_field()
    {
        var key = await KeyAsync();
        var badLink = Item(Unique());
        badLink["link"] = "javascript:alert(1)";
        var answer = await PostAsync(badLink, key);
        answer.AssertProblem(HttpStatusCode.UnprocessableEntity, "link: A link starting with http:// or https:// is needed.");
        Assert.Equal(["link"], answer.Json.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var noTitle = Item(Unique());
        noTitle.Remove("title");
        (await PostAsync(noTitle, key)).AssertProblem(HttpStatusCode.UnprocessableEntity, "title: The headline is too short");

        var unknownRubric = Item(Unique());
        unknownRubric["rubric"] = "gossip";
        unknownRubric["region"] = "atlantida";
        var both = await PostAsync(unknownRubric, key);
        both.AssertProblem(HttpStatusCode.UnprocessableEntity, "rubric: Choose a section from the list. (see /api/v1/rubrics)");
        Assert.Contains("region: Choose a region from the list. (see /api/v1/regions)", both.Json.GetProperty("detail").GetString());

        (await SendAsync(HttpMethod.Post, "/api/v1/submissions", "{\"titel\": \"x\"}", key)).AssertProblem(HttpStatusCode.BadRequest, "titel");
        (await SendAsync(HttpMethod.Post, "/api/v1/submissions", "{\"title\": ", key)).AssertProblem(HttpStatusCode.BadRequest, "not valid JSON");
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        var key = await KeyAsync();
        var item = Item(Unique());
        item["text"] = new string('ж', 100_000);
        (await PostAsync(item, key)).AssertProblem(HttpStatusCode.RequestEntityTooLarge, "the request body is larger than 131072 bytes");
    }

    [Fact]
    public async Task A_stored_articles_link_or_headline_is_a_duplicate_naming_the_article()
    {
        var key = await KeyAsync();
        var article = Host.Corpus.Articles["moscow-1"];
        var sameUrl = Item(Unique());
        sameUrl["link"] = PortalCorpus.OriginalUrl("moscow-1").Replace("https://", "http://www.") + "?utm_source=vk";
        var answer = await PostAsync(sameUrl, key);
        answer.AssertProblem(HttpStatusCode.Conflict, $"/api/v1/articles/{article}");
        Assert.Equal($"/article/{article}", answer.Json.GetProperty("article_path").GetString());

        var sameTitle = Item(Unique());
        sameTitle["title"] = "СОБЯНИН ОТКРЫЛ СТАНЦИЮ МЕТРО \"КУНЦЕВСКАЯ-2\"!";
        (await PostAsync(sameTitle, key)).AssertProblem(HttpStatusCode.Conflict, $"as article {article}");
    }
}

public sealed class SqliteApiSubmissionTests(SqliteApiPortal fixture) : ApiSubmissionTests(fixture), IClassFixture<SqliteApiPortal>;

public sealed class PostgresApiSubmissionTests(PostgresApiPortal fixture) : ApiSubmissionTests(fixture), IClassFixture<PostgresApiPortal>;
