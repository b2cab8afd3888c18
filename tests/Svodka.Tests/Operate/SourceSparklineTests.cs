using System.Net;
using System.Text.RegularExpressions;

namespace Svodka.Tests.Operate;

/// <summary>/admin/sources: each source's articles per day over 14 days as an inline SVG sparkline, and the average per day.</summary>
public abstract class SourceSparklineTests(OperateFixture fixture)
{
    [Fact]
    public async Task Each_source_shows_its_articles_per_day_with_todays_count_last()
    {
        using var admin = new FormBrowser(fixture.Host);
        await admin.LogInAsync(OperateFixture.AdminName, OperateFixture.AdminPassword);
        var page = await admin.GetAsync("/admin/sources");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("<script", page.Html);

        // «Лента дня» carries four articles of the corpus, all first seen today; «Звуковая дорожка» one.
        var lenta = Row(page.Html, fixture.Host.Corpus.Sources["lenta"]);
        Assert.Contains("data-total=\"4\"", lenta);
        Assert.Contains("<svg", lenta);
        Assert.Contains("Новостей по дням за 14 дн.: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4", lenta);
        Assert.Contains("0,3 в день", lenta);
        Assert.Matches(@"points=""1,19 [^""]* 79,1""", lenta);   // flat at the bottom, today at the top
        Assert.Contains("data-total=\"1\"", Row(page.Html, fixture.Host.Corpus.Sources["zvuk"]));
        Assert.Contains("0,1 в день", Row(page.Html, fixture.Host.Corpus.Sources["zvuk"]));
    }

    private static string Row(string html, long sourceId)
    {
        var match = Regex.Match(html, $"<tr[^>]*id=\"source-{sourceId}\".*?</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no row for source {sourceId}");
        return match.Value;
    }
}

public sealed class SqliteSourceSparklineTests(SqliteOperate fixture) : SourceSparklineTests(fixture), IClassFixture<SqliteOperate>;

public sealed class PostgresSourceSparklineTests(PostgresOperate fixture) : SourceSparklineTests(fixture), IClassFixture<PostgresOperate>;
