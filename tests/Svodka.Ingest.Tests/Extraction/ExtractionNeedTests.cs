using Svodka.Ingest.Extraction;

namespace Svodka.Ingest.Tests.Extraction;

public class ExtractionNeedTests
{
    private static readonly string Paragraph = "Губернатор области провел совещание с главами муниципалитетов, на котором обсуждались подготовка к зиме, ремонт дорог и работа общественного транспорта в праздничные дни. ";

    [Fact]
    public void A_teaser_is_short()
    {
        Assert.True(ExtractionNeed.FeedTextIsShort("В Москве открыли новую станцию метро.", null));
        Assert.True(ExtractionNeed.FeedTextIsShort(null, null));
    }

    [Fact]
    public void A_whole_article_in_the_feed_is_not_short()
    {
        var html = string.Concat(Enumerable.Range(0, 6).Select(_ => "<p>" + Paragraph + Paragraph + "</p>"));
        Assert.False(ExtractionNeed.FeedTextIsShort("Краткое описание.", html));
    }

    [Fact]
    public void A_long_text_cut_off_with_read_more_is_short()
    {
        var html = string.Concat(Enumerable.Range(0, 6).Select(_ => "<p>" + Paragraph + Paragraph + "</p>")) + "<p><a href='/x'>Читать далее</a></p>";
        Assert.True(ExtractionNeed.FeedTextIsShort(null, html));
        Assert.True(ExtractionNeed.FeedTextIsShort(string.Concat(Enumerable.Repeat(Paragraph, 12)) + "…", null));
    }

    [Fact]
    public void One_medium_paragraph_is_a_summary()
    {
        Assert.True(ExtractionNeed.FeedTextIsShort(string.Concat(Enumerable.Repeat(Paragraph, 8)), null));
    }
}
