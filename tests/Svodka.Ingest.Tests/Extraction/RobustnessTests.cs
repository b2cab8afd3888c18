using System.Diagnostics;
using System.Text;
using Svodka.Ingest.Extraction;
using Svodka.Ingest.Tests.Sanitizing;

namespace Svodka.Ingest.Tests.Extraction;

/// <summary>Hostile pages: each finishes with a result or a clear ExtractionException, never a crash or a hang.</summary>
public class RobustnessTests
{
    private static readonly ArticleExtractor Extractor = new();
    private static readonly Uri Url = new("https://hostile.example/page");

    private static readonly string Article =
        "<article><h1>Заголовок статьи</h1>" + string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Абзац {i}: власти региона сообщили о завершении ремонта моста, движение открыто в обе стороны.</p>")) + "</article>";

    /// <summary>Runs on a thread with a small stack, so unguarded recursion fails here first; "does not hang" is a minute.</summary>
    private static ExtractedArticle? ExtractOrReject(string html)
    {
        return ArticleHtmlSanitizerTests.RunOnSmallStack(() =>
        {
            try { return Extractor.Extract(html, Url); }
            catch (ExtractionException e)
            {
                Assert.DoesNotContain('\n', e.Message);
                return null;
            }
        });
    }

    [Fact]
    public void A_five_megabyte_page_finishes_with_its_article()
    {
        var junk = new StringBuilder();
        while (junk.Length < 5 * 1024 * 1024)
            junk.Append("<div class=\"menu-item\"><a href=\"/section/").Append(junk.Length).Append("\">Раздел сайта</a><span>• </span></div>\n");
        var html = "<html><body><nav>" + junk + "</nav>" + Article + "<script>" + new string('x', 200_000) + "</script></body></html>";
        Assert.True(html.Length > 5_000_000);

        var a = ExtractOrReject(html);

        Assert.NotNull(a);
        Assert.Contains("Абзац 8", a.Text);
        Assert.DoesNotContain("Раздел сайта", a.Text);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    [InlineData("table")]
    [InlineData("blockquote")]
    public void Ten_thousand_nested_levels_do_not_overflow_or_hang(string tag)
    {
        var open = string.Concat(Enumerable.Repeat($"<{tag}>", 10_000));
        var close = string.Concat(Enumerable.Repeat($"</{tag}>", 10_000));
        var html = "<html><body>" + open + Article + close + "</body></html>";

        var a = ExtractOrReject(html);

        Assert.NotNull(a);
        Assert.Contains("Абзац 1", a.Text);
    }

    [Fact]
    public void Unclosed_nesting_one_hundred_thousand_deep_is_bounded()
    {
        var html = "<html><body>" + Article + string.Concat(Enumerable.Repeat("<div><p>x", 100_000));
        var sw = Stopwatch.StartNew();
        ExtractOrReject(html);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Broken_bytes_give_a_result_or_a_clear_error()
    {
        var random = new Random(20261124);
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(1, 200_000)];
            random.NextBytes(bytes);
            var html = PageDecoding.Decode(bytes, i % 2 == 0 ? "text/html; charset=utf-8" : null);
            ExtractOrReject(html);
        }
    }

    [Fact]
    public void A_page_with_broken_utf8_in_the_middle_still_reads()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body>" + Article).ToList();
        bytes.InsertRange(bytes.Count / 2, new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80 });
        var a = ExtractOrReject(PageDecoding.Decode(bytes.ToArray(), "text/html"));
        Assert.NotNull(a);
        Assert.Contains("Абзац 1", a.Text);
        Assert.Contains("Абзац 8", a.Text);
    }

    [Fact]
    public void Markup_soup_and_control_characters_do_not_crash()
    {
        string[] soups =
        [
            "<<<<>>>><p>" + new string('<', 50_000),
            "<p>\0\0\0<b>\u0001\u0002</b></p>" + Article,
            "<!--" + new string('-', 100_000),
            "<table><tr><td><table><tr><td>" + Article + "</td></tr></table>",
            "<svg><foreignObject><math><mi><p>" + Article,
            "<a href=\"" + new string('a', 1_000_000) + "\">x</a>" + Article,
            "<p " + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"a{i}=\"1\" ")) + ">" + Article,
            string.Concat(Enumerable.Repeat("<b><i><u><s>", 20_000)) + Article,
            "<script type=\"application/ld+json\">" + string.Concat(Enumerable.Repeat("[", 100_000)) + "</script>" + Article,
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":" + new string('"', 3) + "</script>" + Article,
        ];
        foreach (var soup in soups) ExtractOrReject(soup);
    }

    [Fact]
    public void Oversized_markup_is_cut_at_the_configured_cap()
    {
        var html = "<html><body>" + Article + new string(' ', 2_000_000) + "<p>after the cap</p></body></html>";
        var a = Extractor.Extract(html, Url, new ExtractionOptions { MaxHtmlChars = 1_000_000 });
        Assert.Contains("Абзац 8", a.Text);
        Assert.DoesNotContain("after the cap", a.Text);
    }
}
