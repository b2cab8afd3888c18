using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Svodka.Ingest.Sanitizing;

namespace Svodka.Ingest.Tests.Sanitizing;

public class ArticleHtmlSanitizerTests
{
    private static readonly ArticleHtmlSanitizer Sanitizer = new();
    private static readonly Uri Base = new("https://news.example.ru/politics/2026/11/24/story.html");

    private static readonly string[] ForbiddenElements =
        ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "meta", "base",
         "link", "style", "svg", "math", "template", "textarea", "select", "noscript", "xmp", "plaintext", "title", "video", "audio"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "cite", "background", "data", "xlink:href", "srcset"];

    public static TheoryData<int> VectorIndexes() => new(Enumerable.Range(0, XssVectors.All.Length));

    [Theory]
    [MemberData(nameof(VectorIndexes))]
    public void No_cheat_sheet_vector_survives(int index)
    {
        var vector = XssVectors.All[index];
        foreach (var baseUrl in new[] { Base, null })
        {
            var output = Sanitizer.Sanitize(vector, baseUrl);
            AssertHarmless(output, vector);
            // Sanitising is idempotent on its own output, so nothing hides behind a second parse.
            Assert.Equal(output, Sanitizer.Sanitize(output, baseUrl));
        }
    }

    [Fact]
    public void Vectors_inside_an_article_leave_the_article_text_in_place()
    {
        var html = "<article><h2>Заголовок</h2><p>Первый абзац.</p>" + string.Concat(XssVectors.All.Take(40)) + "<p>Последний абзац.</p></article>";
        var output = Sanitizer.Sanitize(html, Base);
        AssertHarmless(output, html);
        Assert.Contains("<h2>Заголовок</h2>", output);
        Assert.Contains("<p>Первый абзац.</p>", output);
    }

    [Fact]
    public void Keeps_the_structure_an_article_needs()
    {
        const string html = """
            <h2 class="sub">Подзаголовок</h2><p style="x">Текст <b>жирный</b> и <i>курсив</i>, <a href="/other">ссылка</a>.</p>
            <ul><li>один</li><li>два</li></ul><ol start="3"><li>три</li></ol>
            <blockquote>Цитата</blockquote>
            <figure><img src="img/photo.jpg" alt="Фото" width="640"><figcaption>Подпись</figcaption></figure>
            <table><tr><th>А</th><td colspan="2">Б</td></tr></table>
            """;
        var output = Sanitizer.Sanitize(html, Base);
        Assert.Contains("<h2>Подзаголовок</h2>", output);
        Assert.Contains("<b>жирный</b>", output);
        Assert.Contains("<i>курсив</i>", output);
        Assert.Contains("<a href=\"https://news.example.ru/other\" rel=\"nofollow noopener noreferrer\">ссылка</a>", output);
        Assert.Contains("<li>один</li><li>два</li>", output);
        Assert.Contains("<ol start=\"3\">", output);
        Assert.Contains("<blockquote>Цитата</blockquote>", output);
        Assert.Contains("<img src=\"https://news.example.ru/politics/2026/11/24/img/photo.jpg\" alt=\"Фото\" width=\"640\">", output);
        Assert.Contains("<figcaption>Подпись</figcaption>", output);
        Assert.Contains("<td colspan=\"2\">Б</td>", output);
        Assert.DoesNotContain("style", output);
        Assert.DoesNotContain("class", output);
    }

    [Fact]
    public void Video_players_of_known_hosts_become_links_and_others_vanish()
    {
        var output = Sanitizer.Sanitize(
            "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?autoplay=1\"></iframe>" +
            "<iframe src=\"https://rutube.ru/play/embed/abc123\"></iframe>" +
            "<iframe src=\"https://ads.example.com/frame\"></iframe>", Base);
        Assert.Contains("href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"", output);
        Assert.Contains("href=\"https://rutube.ru/play/embed/abc123\"", output);
        Assert.DoesNotContain("ads.example.com", output);
        Assert.DoesNotContain("<iframe", output);
    }

    [Fact]
    public void Tracking_pixels_go_and_lazy_images_get_their_real_source()
    {
        var output = Sanitizer.Sanitize(
            "<img src=\"https://mc.yandex.ru/watch/123\" alt=\"\">" +
            "<img src=\"/px.gif\" width=\"1\" height=\"1\">" +
            "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"/photos/big.jpg\" alt=\"Большое фото\">", Base);
        Assert.DoesNotContain("mc.yandex.ru", output);
        Assert.DoesNotContain("px.gif", output);
        Assert.Contains("src=\"https://news.example.ru/photos/big.jpg\"", output);
    }

    [Fact]
    public void A_data_image_is_allowed_only_as_an_image()
    {
        const string png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
        var big = png + new string('A', 600);
        Assert.Contains("src=\"" + big + "\"", Sanitizer.Sanitize($"<img src=\"{big}\" alt=\"x\">", Base));
        Assert.DoesNotContain("data:", Sanitizer.Sanitize($"<a href=\"{big}\">x</a>", Base));
    }

    [Fact]
    public void Text_is_escaped_not_interpreted()
    {
        var output = Sanitizer.Sanitize("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>", Base);
        Assert.Equal("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>", output);
    }

    [Fact]
    public void Deep_nesting_does_not_crash_or_hang()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "глубоко" + string.Concat(Enumerable.Repeat("</span></div>", 20_000));
        var output = RunOnSmallStack(() => Sanitizer.Sanitize(html, Base));
        Assert.Contains("глубоко", output);
    }

    internal static T RunOnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { error = e; }
        }, 256 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "did not finish within a minute");
        if (error is not null) throw new Xunit.Sdk.XunitException("failed: " + error);
        return result;
    }

    private static void AssertHarmless(string output, string input)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + output + "</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*").Concat(document.Head!.QuerySelectorAll("*")))
        {
            Assert.False(ForbiddenElements.Contains(element.LocalName), $"<{element.LocalName}> survived {input} as {output}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} survived {input} as {output}");
                Assert.False(attribute.Name is "style" or "srcdoc" or "formaction", $"{attribute.Name} survived {input}");
                if (UrlAttributes.Contains(attribute.Name)) AssertSafeUrl(element, attribute, input, output);
            }
        }
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertSafeUrl(IElement element, IAttr attribute, string input, string output)
    {
        var squeezed = new string(attribute.Value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        Assert.False(squeezed.StartsWith("javascript:") || squeezed.StartsWith("vbscript:"), $"script URL survived {input} as {output}");
        if (squeezed.StartsWith("data:"))
            Assert.True(element.LocalName == "img" && attribute.Name == "src" && squeezed.StartsWith("data:image/") && !squeezed.StartsWith("data:image/svg"),
                $"data: URL survived {input} as {output}");
    }
}
