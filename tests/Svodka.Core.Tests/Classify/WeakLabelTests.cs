using Svodka.Core.Classify;
using Svodka.Core.Classify.Sources;

namespace Svodka.Core.Tests.Classify;

public class WeakLabelTests
{
    [Theory]
    [InlineData("https://www.mirror.co.uk/sport/football/news/liverpool-win-123", Rubrics.Sports)]
    [InlineData("https://www.theglobeandmail.com/business/article-rates-rise/", Rubrics.Economy)]
    [InlineData("https://www.fontanka.ru/kultura/2019/11/08/100/", Rubrics.Entertainment)]
    [InlineData("https://newdaynews.ru/incidents/675570.html", Rubrics.Society)]
    [InlineData("https://www.washingtontimes.com/news/2019/nov/17/opinion/why-it-matters/", Rubrics.NotNews)]
    [InlineData("https://www.gsmarena.com/samsung_galaxy_s20_leak-news-40000.php", Rubrics.Technology)]
    [InlineData("https://example.com/news/sport-star-arrested", null)] // a word in the slug is not a section
    [InlineData("https://example.com/lifestyle/what-to-wear/", null)]
    [InlineData("not a url", null)]
    public void A_publishers_section_names_the_rubric(string url, string? rubric) =>
        Assert.Equal(rubric, UrlSectionRubrics.RubricOf(url));

    private const string Page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"/>
        <meta property="og:url" content="https://www.example.co.uk/sport/tennis/final-report"/>
        <meta property="og:site_name" content="Example"/>
        <meta property="og:title" content="Murray wins the final &amp; the title"/>
        </head><body><article><h1>Murray wins the final &amp; the title</h1><address><time datetime="2019-11-01T12:00:00+00:00">1 Nov</time></address>
        <p>Andy Murray won the final in three sets on Sunday, his first title since returning from hip surgery.</p>
        <p>He beat the world number three 3-6 6-4 6-4 and dedicated the win to his family, who watched from the stands in Antwerp.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_contest_page_becomes_an_example_labelled_by_its_section()
    {
        var example = TgnewsWeakLabels.FromPage(Page, null, (_, _) => "en");

        Assert.NotNull(example);
        Assert.Equal((Rubrics.Sports, "Murray wins the final & the title", "en", LabelOrigins.TgnewsUrl),
            (example.Label, example.Title, example.Language, example.Origin));
        Assert.StartsWith("Andy Murray won the final", example.Text);
        Assert.DoesNotContain("1 Nov", example.Text);
    }

    [Fact]
    public void Pages_in_other_languages_or_without_a_known_section_are_left_out()
    {
        Assert.Null(TgnewsWeakLabels.FromPage(Page, null, (_, _) => "es"));
        Assert.Null(TgnewsWeakLabels.FromPage(Page, "https://www.example.co.uk/2019/11/final-report", (_, _) => "en"));
    }
}
