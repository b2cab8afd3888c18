using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds;

public sealed class HtmlUrlsTests
{
    [Fact]
    public void Relative_href_and_src_become_absolute_and_everything_else_is_left_alone()
    {
        const string html = """<p><a href="a/b?x=1&amp;y=2">1</a> <img SRC = 'img.png'> <a href="#top">2</a> """
            + """<a href="https://other.example/">3</a> <a href="mailto:x@y.ru">4</a></p>""";

        var resolved = HtmlUrls.ResolveRelative(html, new Uri("https://blog.example/ru/post/"));

        Assert.Equal("""<p><a href="https://blog.example/ru/post/a/b?x=1&amp;y=2">1</a> <img SRC = 'https://blog.example/ru/post/img.png'> """
            + """<a href="#top">2</a> <a href="https://other.example/">3</a> <a href="mailto:x@y.ru">4</a></p>""",
            resolved);
    }
}
