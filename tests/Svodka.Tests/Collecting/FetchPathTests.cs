using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;
using Svodka.Tests.Infrastructure;

namespace Svodka.Tests.Collecting;

/// <summary>
/// The whole fetch path (fetcher → parser → store) against a real loopback server that behaves the
/// ways publishers' servers do, well and badly. Each broken source is marked failing with a message
/// that names the problem, and the other sources in the same pass go on.
/// </summary>
public sealed class FetchPathTests
{
    private const string Site = "https://news.example/";

    [Fact]
    public async Task Conditional_get_gets_304_and_stores_nothing_new()
    {
        var hits = 0;
        var conditionalHits = 0;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed.xml", (HttpContext c) =>
        {
            hits++;
            if (c.Request.Headers.IfNoneMatch == "\"v1\"" && c.Request.Headers.IfModifiedSince == "Tue, 24 Nov 2026 10:00:00 GMT")
            {
                conditionalHits++;
                c.Response.StatusCode = 304;
                return Task.CompletedTask;
            }
            c.Response.Headers.ETag = "\"v1\"";
            c.Response.Headers.LastModified = "Tue, 24 Nov 2026 10:00:00 GMT";
            return LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(FeedFixtures.Rss(Site, 5)), "application/rss+xml; charset=utf-8");
        }));
        await using var harness = await CollectorHarness.StartAsync();
        var source = await harness.AddSourceAsync(server.Url("feed.xml"));

        var first = Assert.Single(await harness.CollectDueAsync());
        Assert.Equal(5, first.New);
        var second = Assert.Single(await harness.CollectDueAsync(DateTimeOffset.UtcNow.AddDays(1)));

        Assert.True(second.Ok);
        Assert.Equal(304, second.HttpStatus);
        Assert.Equal(0, second.New);
        Assert.Equal(1, conditionalHits);
        Assert.Equal(5, await harness.Articles.CountAsync(CancellationToken.None));
        Assert.Equal(SourceStatus.Ok, (await harness.SourceAsync(source.Id)).Status);
    }

    [Fact]
    public async Task Retry_after_on_503_postpones_the_next_fetch_at_least_that_long()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/busy.xml", (HttpContext c) =>
        {
            c.Response.StatusCode = 503;
            c.Response.Headers.RetryAfter = "7200";
            return Task.CompletedTask;
        }));
        await using var harness = await CollectorHarness.StartAsync();
        var source = await harness.AddSourceAsync(server.Url("busy.xml"));
        var before = DateTimeOffset.UtcNow;

        var result = Assert.Single(await harness.CollectDueAsync());

        var stored = await harness.SourceAsync(source.Id);
        Assert.False(result.Ok);
        Assert.Equal(SourceStatus.Failing, stored.Status);
        Assert.Contains("503", stored.LastError);
        Assert.True(stored.NextFetchAt >= before.AddSeconds(7200), $"next fetch {stored.NextFetchAt:o} is sooner than Retry-After allows");
    }

    [Fact]
    public async Task A_redirect_loop_fails_with_a_clear_error()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/a.xml", () => Results.Redirect("/b.xml"));
            app.MapGet("/b.xml", () => Results.Redirect("/a.xml"));
        });
        await using var harness = await CollectorHarness.StartAsync();
        var source = await harness.AddSourceAsync(server.Url("a.xml"));

        await harness.CollectDueAsync();

        var stored = await harness.SourceAsync(source.Id);
        Assert.Equal(SourceStatus.Failing, stored.Status);
        Assert.Contains("redirect", stored.LastError, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/huge.xml", async (HttpContext c) =>
        {
            c.Response.ContentType = "application/rss+xml";
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            try
            {
                for (var i = 0; i < 1024 && !c.RequestAborted.IsCancellationRequested; i++) // 64 MB if nobody stops it
                    await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
            catch (OperationCanceledException) { }
            catch (IOException) { }
        }));
        await using var harness = await CollectorHarness.StartAsync(new Dictionary<string, string?> { ["Fetcher:MaxBodyBytes"] = "1048576" });
        var source = await harness.AddSourceAsync(server.Url("huge.xml"));

        var result = Assert.Single(await harness.CollectDueAsync());

        Assert.False(result.Ok);
        Assert.Contains("larger than", (await harness.SourceAsync(source.Id)).LastError);
    }

    [Fact]
    public async Task A_server_that_stalls_is_given_up_on_within_the_timeout()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/stall.xml", async (HttpContext c) =>
        {
            try { await Task.Delay(TimeSpan.FromMinutes(5), c.RequestAborted); } catch (OperationCanceledException) { }
        }));
        await using var harness = await CollectorHarness.StartAsync(new Dictionary<string, string?> { ["Fetcher:Timeout"] = "00:00:02" });
        var source = await harness.AddSourceAsync(server.Url("stall.xml"));

        var started = DateTimeOffset.UtcNow;
        var result = Assert.Single(await harness.CollectDueAsync());

        Assert.False(result.Ok);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(30), "the stalled fetch was not bounded");
        Assert.Contains("timed out", (await harness.SourceAsync(source.Id)).LastError, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task Compressed_feeds_are_decoded(string coding)
    {
        var plain = Encoding.UTF8.GetBytes(FeedFixtures.Rss(Site, 3, "Сжатая новость"));
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed.xml", (HttpContext c) =>
        {
            var packed = new MemoryStream();
            using (Stream z = coding switch
            {
                "gzip" => new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true),
                "br" => new BrotliStream(packed, CompressionLevel.Fastest, leaveOpen: true),
                _ => new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true),
            }) z.Write(plain);
            c.Response.Headers.ContentEncoding = coding;
            return LoopbackServer.Bytes(c, packed.ToArray(), "application/rss+xml; charset=utf-8");
        }));
        await using var harness = await CollectorHarness.StartAsync();
        await harness.AddSourceAsync(server.Url("feed.xml"));

        var result = Assert.Single(await harness.CollectDueAsync());

        Assert.True(result.Ok, result.Error);
        Assert.Equal(3, result.New);
        var titles = (await harness.Articles.ListAsync(new ArticleQuery { Take = 10 }, CancellationToken.None)).Select(a => a.Title);
        Assert.Contains(titles, t => t.StartsWith("Сжатая новость", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("koi8-r")]
    public async Task Cyrillic_single_byte_feeds_without_a_charset_header_read_right(string encoding)
    {
        // Declared only in the XML prolog, as many Russian CMSs do, and served as plain text/xml.
        var body = FeedFixtures.Encode(FeedFixtures.Rss(Site, 2, "Губернатор Кубани открыл школу", encoding), encoding);
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed.xml", (HttpContext c) => LoopbackServer.Bytes(c, body, "text/xml")));
        await using var harness = await CollectorHarness.StartAsync();
        await harness.AddSourceAsync(server.Url("feed.xml"));

        var result = Assert.Single(await harness.CollectDueAsync());

        Assert.True(result.Ok, result.Error);
        var article = (await harness.Articles.ListAsync(new ArticleQuery { Take = 1 }, CancellationToken.None)).Single();
        Assert.StartsWith("Губернатор Кубани открыл школу", article.Title);
    }

    [Fact]
    public async Task A_windows_1251_feed_with_no_charset_anywhere_reads_right()
    {
        var body = FeedFixtures.Encode(FeedFixtures.Rss(Site, 2, "Погода в Симферополе", encodingDeclaration: null), "windows-1251");
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed.xml", (HttpContext c) => LoopbackServer.Bytes(c, body, "application/xml")));
        await using var harness = await CollectorHarness.StartAsync();
        await harness.AddSourceAsync(server.Url("feed.xml"));

        var result = Assert.Single(await harness.CollectDueAsync());

        Assert.True(result.Ok, result.Error);
        var article = (await harness.Articles.ListAsync(new ArticleQuery { Take = 1 }, CancellationToken.None)).Single();
        Assert.StartsWith("Погода в Симферополе", article.Title);
    }

    [Fact]
    public async Task An_xxe_feed_reads_no_file_and_makes_no_request()
    {
        var probeHits = 0;
        var secret = Path.Combine(Path.GetTempPath(), $"svodka-secret-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(secret, "TOP-SECRET-CONTENT");
        try
        {
            LoopbackServer? self = null;
            await using var server = await LoopbackServer.StartAsync(app =>
            {
                app.MapGet("/probe", () => { probeHits++; return "PROBED"; });
                app.MapGet("/xxe.xml", (HttpContext c) =>
                {
                    var probe = new Uri(self!.BaseUrl, "probe");
                    var xml = $"""
                        <?xml version="1.0"?>
                        <!DOCTYPE rss [
                          <!ENTITY file SYSTEM "file://{secret}">
                          <!ENTITY remote SYSTEM "{probe}">
                          <!ENTITY % dtd SYSTEM "{probe}"> %dtd;
                        ]>
                        <rss version="2.0"><channel><title>XXE</title><link>{Site}</link>
                        <item><title>Leak &file; &remote;</title><link>{Site}news/1</link><description>&file;</description></item>
                        </channel></rss>
                        """;
                    return LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(xml), "application/rss+xml");
                });
            });
            self = server;
            await using var harness = await CollectorHarness.StartAsync();
            await harness.AddSourceAsync(server.Url("xxe.xml"));

            await harness.CollectDueAsync();

            Assert.Equal(0, probeHits);
            foreach (var a in await harness.Articles.ListAsync(new ArticleQuery { Take = 10 }, CancellationToken.None))
            {
                Assert.DoesNotContain("TOP-SECRET", a.Title);
                Assert.DoesNotContain("TOP-SECRET", a.Summary ?? "");
            }
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task A_billion_laughs_feed_is_refused_quickly_with_bounded_memory()
    {
        var lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
            lol.Append($"<!ENTITY lol{i} \"").Append(string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString())};", 10))).Append("\">\n");
        lol.Append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://news.example/1</link></item></channel></rss>");
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/lol.xml", (HttpContext c) =>
            LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(lol.ToString()), "application/rss+xml")));
        await using var harness = await CollectorHarness.StartAsync();
        var source = await harness.AddSourceAsync(server.Url("lol.xml"));
        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        var started = DateTimeOffset.UtcNow;
        var result = Assert.Single(await harness.CollectDueAsync());

        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(10));
        Assert.True(GC.GetTotalMemory(forceFullCollection: false) - memoryBefore < 200L * 1024 * 1024, "entity expansion used hundreds of MB");
        Assert.False(result.Ok);
        Assert.Equal(SourceStatus.Failing, (await harness.SourceAsync(source.Id)).Status);
        Assert.DoesNotContain(await harness.Articles.ListAsync(new ArticleQuery { Take = 10 }, CancellationToken.None), a => a.Title.Contains("lollol"));
    }

    [Fact]
    public async Task A_private_address_is_refused_unless_allowed()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed.xml", (HttpContext c) =>
            LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(FeedFixtures.Rss(Site, 1)), "application/rss+xml")));
        await using var harness = await CollectorHarness.StartAsync(new Dictionary<string, string?> { ["Fetcher:AllowPrivateAddresses"] = "false" });
        var source = await harness.AddSourceAsync(server.Url("feed.xml"));

        var result = Assert.Single(await harness.CollectDueAsync());

        Assert.False(result.Ok);
        Assert.Contains("private", (await harness.SourceAsync(source.Id)).LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await harness.Articles.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_html_page_instead_of_a_feed_marks_only_that_source_failing()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/broken.xml", (HttpContext c) => LoopbackServer.Bytes(c,
                Encoding.UTF8.GetBytes("<!doctype html><html><head><title>Ошибка</title></head><body><h1>Страница не найдена</h1></body></html>"),
                "text/html; charset=utf-8"));
            app.MapGet("/good1.xml", (HttpContext c) => LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(FeedFixtures.Rss("https://one.example/", 4)), "application/rss+xml"));
            app.MapGet("/good2.xml", (HttpContext c) => LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(FeedFixtures.Rss("https://two.example/", 3)), "application/rss+xml"));
        });
        await using var harness = await CollectorHarness.StartAsync();
        var broken = await harness.AddSourceAsync(server.Url("broken.xml"));
        var good1 = await harness.AddSourceAsync(server.Url("good1.xml"));
        var good2 = await harness.AddSourceAsync(server.Url("good2.xml"));

        await harness.CollectDueAsync();

        var failing = await harness.SourceAsync(broken.Id);
        Assert.Equal(SourceStatus.Failing, failing.Status);
        Assert.Contains("HTML", failing.LastError);
        Assert.Equal(SourceStatus.Ok, (await harness.SourceAsync(good1.Id)).Status);
        Assert.Equal(SourceStatus.Ok, (await harness.SourceAsync(good2.Id)).Status);
        Assert.Equal(7, await harness.Articles.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task One_article_in_two_feeds_is_stored_once_and_linked_to_both()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            // The same article, once with the publisher's link, once with tracking parameters added by a partner feed.
            app.MapGet("/main.xml", (HttpContext c) => LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(FeedFixtures.Rss(Site, 3)), "application/rss+xml"));
            app.MapGet("/partner.xml", (HttpContext c) => LoopbackServer.Bytes(c, Encoding.UTF8.GetBytes(
                FeedFixtures.Rss(Site, 3).Replace("</link>", "?utm_source=partner&amp;from=rss</link>").Replace("<link>https://news.example/?utm_source=partner&amp;from=rss</link>", "<link>https://news.example/</link>")),
                "application/rss+xml"));
        });
        await using var harness = await CollectorHarness.StartAsync();
        await harness.AddSourceAsync(server.Url("main.xml"), "Главная лента");
        await harness.AddSourceAsync(server.Url("partner.xml"), "Партнёрская лента");

        await harness.CollectDueAsync();
        await harness.CollectDueAsync(DateTimeOffset.UtcNow.AddDays(1));

        var list = await harness.Articles.ListAsync(new ArticleQuery { Take = 10 }, CancellationToken.None);
        Assert.Equal(3, list.Count);
        Assert.All(list, a => Assert.Equal(2, a.Sources.Count));
    }
}
