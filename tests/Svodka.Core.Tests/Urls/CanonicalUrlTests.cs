using Svodka.Core.Urls;

namespace Svodka.Core.Tests.Urls;

public class CanonicalUrlTests
{
    [Theory]
    [InlineData("https://lenta.ru/news/2026/11/24/minsk/?utm_source=yxnews&utm_medium=desktop", "https://lenta.ru/news/2026/11/24/minsk")]
    [InlineData("http://WWW.Lenta.RU/news/2026/11/24/minsk/", "https://lenta.ru/news/2026/11/24/minsk")]
    [InlineData("https://ria.ru/20261124/minsk-123.html?from=rss", "https://ria.ru/20261124/minsk-123.html")]
    [InlineData("https://ria.ru/20261124/minsk-123.html#comments", "https://ria.ru/20261124/minsk-123.html")]
    [InlineData("https://tass.ru/politika/123?yclid=987&fbclid=abc&ysclid=q1", "https://tass.ru/politika/123")]
    [InlineData("https://example.com:443/a", "https://example.com/a")]
    [InlineData("http://example.com:80/a", "https://example.com/a")]
    public void Tracking_and_cosmetic_differences_give_one_key(string url, string expected) =>
        Assert.Equal(expected, CanonicalUrl.TryNormalize(url));

    [Fact]
    public void Parameters_that_select_content_are_kept_in_a_stable_order() =>
        Assert.Equal(
            CanonicalUrl.TryNormalize("https://example.com/news.php?id=5&page=2"),
            CanonicalUrl.TryNormalize("https://example.com/news.php?page=2&utm_campaign=x&id=5"));

    [Fact]
    public void Different_articles_keep_different_keys()
    {
        Assert.NotEqual(CanonicalUrl.TryNormalize("https://example.com/news.php?id=5"), CanonicalUrl.TryNormalize("https://example.com/news.php?id=6"));
        Assert.Equal("https://example.com/archive?from=2026-11-01", CanonicalUrl.TryNormalize("https://example.com/archive?from=2026-11-01"));
        Assert.Equal("https://example.com:8080/a", CanonicalUrl.TryNormalize("http://example.com:8080/a"));
    }

    [Fact]
    public void Cyrillic_domains_become_punycode_so_both_spellings_match() =>
        Assert.Equal(CanonicalUrl.TryNormalize("https://xn--d1acpjx3f.xn--p1ai/a"), CanonicalUrl.TryNormalize("https://яндекс.рф/a"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/relative/path")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/file")]
    public void Non_http_urls_have_no_key(string? url) => Assert.Null(CanonicalUrl.TryNormalize(url));
}
