using System.Net;
using System.Text.Json;
using Svodka.Tests.Web;

namespace Svodka.Tests.Api;

/// <summary>The read routes of /api/v1 as a client sees them, on SQLite and PostgreSQL.</summary>
public abstract class ApiReadTests(PortalFixture fixture)
{
    private PortalHost Host => fixture.Host;
    private PortalCorpus Corpus => Host.Corpus;

    private Task<ApiAnswer> Get(string path) => ApiAnswer.GetAsync(Host.Client(), path);

    private async Task<List<long>> StoryIds(string query)
    {
        var answer = await Get("/api/v1/stories?" + query);
        Assert.True(answer.Status == HttpStatusCode.OK, $"{query}: {answer.Status} {answer.Text}");
        return answer.Ids();
    }

    [Fact]
    public async Task A_story_lists_the_outlets_that_reported_it_in_snake_case_utf8_json()
    {
        var answer = await Get("/api/v1/stories");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
        // Russian as characters, not \u escapes.
        Assert.Contains(PortalCorpus.MoscowTitle, answer.Text);
        var moscow = answer.Json.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("id").GetInt64() == PortalCorpus.MoscowStory);
        Assert.Equal(3, moscow.GetProperty("source_count").GetInt32());
        var outlets = moscow.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Федеральный обозреватель", "Лента дня", "Столичный вестник"], outlets);
        Assert.Contains(moscow.GetProperty("tags").EnumerateArray(), t => t.GetProperty("kind").GetString() == "region" && t.GetProperty("slug").GetString() == "moskva");
        Assert.Equal($"/story/{PortalCorpus.MoscowStory}", moscow.GetProperty("path").GetString());
        // Newest last article first.
        Assert.Equal([PortalCorpus.MoscowStory, PortalCorpus.EnglishStory, PortalCorpus.CrimeaStory, PortalCorpus.BelarusStory, PortalCorpus.MusicStory], answer.Ids());
        Assert.Null(answer.NextCursor);
    }

    [Fact]
    public async Task A_story_by_id_has_its_articles_and_their_originals()
    {
        var answer = await Get($"/api/v1/stories/{PortalCorpus.CrimeaStory}");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var json = answer.Json;
        Assert.Equal(PortalCorpus.CrimeaTitle, json.GetProperty("story").GetProperty("title").GetString());
        var articles = json.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, articles.Count);
        Assert.Contains(articles, a => a.GetProperty("url").GetString() == PortalCorpus.OriginalUrl("crimea-1"));
        Assert.All(articles, a => Assert.Equal(PortalCorpus.CrimeaStory, a.GetProperty("story_id").GetInt64()));
    }

    [Fact]
    public async Task Filters_narrow_the_stories()
    {
        Assert.Equal([PortalCorpus.MoscowStory], await StoryIds("region=moskva"));
        Assert.Equal([PortalCorpus.EnglishStory], await StoryIds("lang=en"));
        Assert.Equal([PortalCorpus.MusicStory], await StoryIds("rubric=entertainment"));
        Assert.Equal([PortalCorpus.MusicStory], await StoryIds("topic=music"));
        Assert.Equal([PortalCorpus.BelarusStory], await StoryIds("person=aleksandr-lukashenko"));
        Assert.Equal([PortalCorpus.CrimeaStory], await StoryIds($"source={Corpus.Sources["krym"]}"));
        Assert.Equal([PortalCorpus.EnglishStory], await StoryIds("site=en"));
        Assert.Equal([PortalCorpus.MoscowStory], await StoryIds("site=moskva"));
        // lang narrows within a site, never past it.
        Assert.Empty(await StoryIds("site=en&lang=ru"));
        Assert.Empty(await StoryIds("region=moskva&person=sergey-aksenov"));
        var since = Uri.EscapeDataString(Corpus.Now.AddHours(-2).ToString("O"));
        Assert.Equal([PortalCorpus.MoscowStory, PortalCorpus.EnglishStory], await StoryIds($"since={since}"));
        Assert.Contains(PortalCorpus.MoscowStory, await StoryIds("q=" + Uri.EscapeDataString("метро")));
        Assert.DoesNotContain(PortalCorpus.CrimeaStory, await StoryIds("q=" + Uri.EscapeDataString("метро")));
        // Search keeps to a site's slice too: Crimea's ferry is not Moscow news.
        var ferry = "q=" + Uri.EscapeDataString("переправа");
        Assert.Equal([PortalCorpus.CrimeaStory], await StoryIds(ferry));
        Assert.Equal([PortalCorpus.CrimeaStory], await StoryIds(ferry + "&site=krym"));
        Assert.Empty(await StoryIds(ferry + "&site=moskva"));
    }

    [Fact]
    public async Task A_source_slug_filters_like_its_id()
    {
        var sources = (await Get("/api/v1/sources?limit=100")).Json.GetProperty("items").EnumerateArray().ToList();
        var krym = sources.Single(s => s.GetProperty("title").GetString() == "Крымский курьер");
        Assert.Equal(Corpus.Sources["krym"], krym.GetProperty("id").GetInt64());
        Assert.Equal([PortalCorpus.CrimeaStory], await StoryIds($"source={krym.GetProperty("slug").GetString()}"));
    }

    [Fact]
    public async Task Paging_by_cursor_returns_the_next_stories_with_no_repeats()
    {
        var all = await StoryIds("limit=100");
        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var answer = await Get("/api/v1/stories?limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            var ids = answer.Ids();
            Assert.InRange(ids.Count, 1, 2);
            seen.AddRange(ids);
            cursor = answer.NextCursor;
            pages++;
        } while (cursor is not null);
        Assert.Equal(3, pages);
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task Paging_by_cursor_walks_every_article_once_newest_first()
    {
        var seen = new List<long>();
        var listed = new List<DateTimeOffset>();
        string? cursor = null;
        do
        {
            var answer = await Get("/api/v1/articles?limit=5" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            foreach (var item in answer.Json.GetProperty("items").EnumerateArray())
            {
                seen.Add(item.GetProperty("id").GetInt64());
                listed.Add(item.GetProperty("listed_at").GetDateTimeOffset());
            }
            cursor = answer.NextCursor;
        } while (cursor is not null);
        Assert.Equal(Corpus.Articles.Values.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(listed.OrderDescending(), listed);
    }

    [Fact]
    public async Task Filters_narrow_the_articles()
    {
        async Task<List<long>> Ids(string query) => (await Get("/api/v1/articles?" + query)).Ids();
        Assert.Equal(new[] { "moscow-1", "moscow-2", "moscow-3", "moscow-lone" }.Select(k => Corpus.Articles[k]).Order(), (await Ids("region=moskva")).Order());
        Assert.Equal(new[] { "moscow-1", "moscow-lone" }.Select(k => Corpus.Articles[k]).Order(), (await Ids($"source={Corpus.Sources["stolichny"]}")).Order());
        Assert.Equal(new[] { "english-1", "english-2" }.Select(k => Corpus.Articles[k]).Order(), (await Ids("lang=en")).Order());
        Assert.Contains(Corpus.Articles["belarus-1"], await Ids("q=" + Uri.EscapeDataString("губернатора")));
    }

    [Fact]
    public async Task An_article_by_id_has_its_text_outlet_tags_and_story()
    {
        var answer = await Get($"/api/v1/articles/{Corpus.Articles["crimea-2"]}");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var a = answer.Json;
        Assert.Equal("В портах Керчь и Кавказ скопились сотни машин", a.GetProperty("title").GetString());
        Assert.Contains("470 машин", a.GetProperty("text").GetString());
        Assert.Equal(PortalCorpus.CrimeaStory, a.GetProperty("story_id").GetInt64());
        Assert.Equal("Лента дня", a.GetProperty("sources")[0].GetProperty("title").GetString());
        Assert.Contains(a.GetProperty("tags").EnumerateArray(), t => t.GetProperty("slug").GetString() == "respublika-krym");
    }

    [Fact]
    public async Task The_vocabulary_names_what_the_filters_take()
    {
        var rubrics = (await Get("/api/v1/rubrics")).Json.EnumerateArray().ToList();
        Assert.Contains(rubrics, r => r.GetProperty("slug").GetString() == "society" && r.GetProperty("name_ru").GetString() == "Общество");
        var topics = (await Get("/api/v1/topics")).Json.EnumerateArray().ToList();
        Assert.Contains(topics, t => t.GetProperty("slug").GetString() == "music" && t.GetProperty("name_ru").GetString() == "Музыкальные новости");
        var regions = (await Get("/api/v1/regions")).Json.EnumerateArray().ToList();
        Assert.Contains(regions, r => r.GetProperty("slug").GetString() == "moskva" && r.GetProperty("federal_district").GetString() == "central");

        var persons = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Get("/api/v1/persons?limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            persons.AddRange(page.Json.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("slug").GetString()!));
            cursor = page.NextCursor;
        } while (cursor is not null);
        Assert.Contains("sergey-sobyanin", persons);
        Assert.Equal(persons.Count, persons.Distinct().Count());
    }

    [Fact]
    public async Task Sources_list_every_outlet_and_one_by_id()
    {
        var list = await Get("/api/v1/sources?limit=100");
        Assert.Equal(Corpus.Sources.Values.Order(), list.Ids());
        var one = await Get($"/api/v1/sources/{Corpus.Sources["lenta"]}");
        Assert.Equal("Лента дня", one.Json.GetProperty("title").GetString());
        Assert.Equal("https://lenta.news.example/rss.xml", one.Json.GetProperty("feed_url").GetString());
    }

    [Theory]
    [InlineData("/api/v1/stories?colour=red", 400, "unknown filter 'colour'")]
    [InlineData("/api/v1/articles?limit=-5", 400, "limit must be between 1 and 100, not -5")]
    [InlineData("/api/v1/stories?limit=0", 400, "limit must be between 1 and 100, not 0")]
    [InlineData("/api/v1/persons?limit=101", 400, "limit must be between 1 and 100, not 101")]
    [InlineData("/api/v1/stories?limit=ten", 400, "limit must be a whole number")]
    [InlineData("/api/v1/stories?cursor=garbage", 400, "cursor is malformed")]
    [InlineData("/api/v1/articles?cursor=", 400, "cursor is malformed")]
    [InlineData("/api/v1/stories?region=atlantida", 400, "unknown region 'atlantida'")]
    [InlineData("/api/v1/stories?site=mars", 400, "unknown site 'mars'")]
    [InlineData("/api/v1/articles?rubric=gossip", 400, "unknown rubric 'gossip'")]
    [InlineData("/api/v1/articles?source=nowhere", 400, "unknown source 'nowhere'")]
    [InlineData("/api/v1/stories?since=yesterday", 400, "since must be an ISO 8601 time")]
    [InlineData("/api/v1/stories?q=%D0%BC%D0%B5%D1%82%D1%80%D0%BE&topic=music", 400, "the topic filter cannot be combined with q")]
    [InlineData("/api/v1/stories/101?limit=5", 400, "unknown filter 'limit': this route takes no query parameters")]
    [InlineData("/api/v1/rubrics?lang=ru", 400, "unknown filter 'lang'")]
    [InlineData("/api/v1/stories/999999", 404, "no story 999999")]
    [InlineData("/api/v1/articles/999999", 404, "no article 999999")]
    [InlineData("/api/v1/sources/999999", 404, "no source 999999")]
    [InlineData("/api/v1/nothing", 404, "no API route GET /api/v1/nothing")]
    [InlineData("/api/v2/stories", 404, "no API route GET /api/v2/stories")]
    public async Task Bad_requests_are_problems_that_name_the_problem(string path, int status, string detail) =>
        (await Get(path)).AssertProblem((HttpStatusCode)status, detail);

    [Fact]
    public async Task A_method_a_route_does_not_take_is_405_naming_the_allowed_ones()
    {
        var answer = await ApiAnswer.From(await Host.Client().DeleteAsync($"/api/v1/stories/{PortalCorpus.MoscowStory}"));
        answer.AssertProblem(HttpStatusCode.MethodNotAllowed, $"DELETE is not allowed on /api/v1/stories/{PortalCorpus.MoscowStory} (allowed: GET)");
        var put = await ApiAnswer.From(await Host.Client().PutAsync("/api/v1/sources", new StringContent("{}")));
        put.AssertProblem(HttpStatusCode.MethodNotAllowed, "(allowed: GET, POST)");
    }

    [Fact]
    public async Task An_edited_cursor_or_one_from_another_list_is_malformed()
    {
        var cursor = (await Get("/api/v1/stories?limit=1")).NextCursor!;
        var edited = cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];
        (await Get("/api/v1/stories?limit=1&cursor=" + Uri.EscapeDataString(edited))).AssertProblem(HttpStatusCode.BadRequest, "cursor is malformed");
        var persons = (await Get("/api/v1/persons?limit=1")).NextCursor!;
        (await Get("/api/v1/stories?cursor=" + Uri.EscapeDataString(persons))).AssertProblem(HttpStatusCode.BadRequest, "cursor is malformed");
    }

    [Fact]
    public async Task The_openapi_document_describes_every_route_and_its_parameters()
    {
        var answer = await Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var doc = answer.Json;
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        var paths = doc.GetProperty("paths");
        foreach (var route in new[] { "/api/v1/stories", "/api/v1/stories/{id}", "/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/rubrics",
                     "/api/v1/topics", "/api/v1/regions", "/api/v1/persons", "/api/v1/sources", "/api/v1/sources/{id}", "/healthz", "/metrics" })
            Assert.True(paths.TryGetProperty(route, out var item) && item.TryGetProperty("get", out _), $"{route} is missing from the OpenAPI document");
        Assert.True(paths.GetProperty("/api/v1/sources").TryGetProperty("post", out var post));
        Assert.Contains(post.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("bearer", out _));
        Assert.True(paths.GetProperty("/api/v1/submissions").TryGetProperty("post", out var submit));
        Assert.Contains(submit.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("api_key", out _));
        Assert.True(doc.GetProperty("components").GetProperty("schemas").GetProperty("NewSubmissionRequest").GetProperty("properties").TryGetProperty("rubric", out _));
        Assert.True(paths.GetProperty("/api/v1/submissions/{id}").GetProperty("get").TryGetProperty("security", out _));
        Assert.Equal("header", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("api_key").GetProperty("in").GetString());
        Assert.False(paths.GetProperty("/api/v1/stories").GetProperty("get").TryGetProperty("security", out _));
        var parameters = paths.GetProperty("/api/v1/stories").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["limit", "cursor", "site", "lang", "rubric", "topic", "region", "person", "source", "since", "q"], parameters);
        // Response shapes in snake_case, as served.
        Assert.Contains("\"next_cursor\"", answer.Text);
        Assert.Contains("\"source_count\"", answer.Text);
        Assert.DoesNotContain("/story/{id}", paths.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task The_reference_page_lists_the_operations_without_script()
    {
        var answer = await Get("/api");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("text/html", answer.ContentType);
        foreach (var route in new[] { "GET /api/v1/stories", "GET /api/v1/stories/{id:long}", "GET /api/v1/persons", "POST /api/v1/sources",
                     "POST /api/v1/submissions", "GET /api/v1/submissions/{id:long}" })
            Assert.Contains($"<code>{System.Net.WebUtility.HtmlEncode(route)}</code>", answer.Text);
        Assert.Contains("<code>region</code>", answer.Text);
        Assert.Contains("Example:", answer.Text);
        Assert.DoesNotContain("<script", answer.Text);
    }

    [Fact]
    public async Task Health_says_the_database_answers()
    {
        var answer = await Get("/healthz");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("ok", answer.Json.GetProperty("status").GetString());
        Assert.Equal("ok", answer.Json.GetProperty("database").GetString());
        // The test host runs no collector: it reports none rather than a dead one.
        Assert.Equal(JsonValueKind.Object, answer.Json.GetProperty("workers").ValueKind);
        Assert.False(answer.Json.GetProperty("workers").TryGetProperty("collector", out _));
    }

    [Fact]
    public async Task Metrics_parse_as_prometheus_text_with_the_corpus_counts()
    {
        await Get("/api/v1/stories");
        var answer = await Get("/metrics");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var families = await PrometheusParser.ParseAsync(answer.Text);
        Assert.Equal(12, families["svodka_articles"].Single().Value);
        Assert.Equal(5, families["svodka_stories"].Single().Value);
        Assert.Equal(7, families["svodka_fetches"].Where(s => s.Name == "svodka_fetches_total").Sum(s => s.Value));
        Assert.Equal(7, families["svodka_sources"].Single(s => s.Labels["status"] == "ok").Value);
        Assert.Equal(0, families["svodka_queue_length"].Single(s => s.Labels["queue"] == "stories").Value);
        var counts = families["svodka_http_request_duration_seconds"].Where(s => s.Name == "svodka_http_request_duration_seconds_count").ToList();
        Assert.True(counts.Any(s => s.Labels["route"] == "/api/v1/stories" && s.Labels["status"] == "200" && s.Value >= 1),
            "routes timed: " + string.Join(", ", counts.Select(s => $"{s.Labels["method"]} {s.Labels["route"]} {s.Labels["status"]}")));
    }
}

public sealed class SqliteApiReadTests(SqliteApiPortal fixture) : ApiReadTests(fixture), IClassFixture<SqliteApiPortal>;

public sealed class PostgresApiReadTests(PostgresApiPortal fixture) : ApiReadTests(fixture), IClassFixture<PostgresApiPortal>;
