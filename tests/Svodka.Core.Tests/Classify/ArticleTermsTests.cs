using Svodka.Core.Classify.Features;

namespace Svodka.Core.Tests.Classify;

public class ArticleTermsTests
{
    [Fact]
    public void Title_stems_come_first_prefixed_then_every_stem_plain()
    {
        var document = ArticleTerms.Document("Зенит выиграл", "Матч завершился", "ru", 1500).Split(' ');

        Assert.All(document.Take(2), t => Assert.StartsWith(ArticleTerms.TitlePrefix, t));
        Assert.Equal(document[..2].Select(t => t[ArticleTerms.TitlePrefix.Length..]), document[2..4]);
        Assert.Equal(6, document.Length);
    }

    [Theory]
    [InlineData("Почему дорожает бензин", "q_почему")]
    [InlineData("Сколько стоит ипотека", "q_сколько")]
    [InlineData("Why the Fed waits", "q_why")]
    [InlineData("Новая станция метро открылась?", "q_?")]
    public void A_headline_that_asks_is_marked(string title, string mark)
    {
        Assert.Contains(mark, ArticleTerms.Document(title, null, title[0] < 'z' ? "en" : "ru", 1500, markQuestions: true).Split(' '));
        Assert.DoesNotContain(mark, ArticleTerms.Document(title, null, title[0] < 'z' ? "en" : "ru", 1500).Split(' '));
    }

    [Fact]
    public void A_headline_that_reports_is_not_marked()
    {
        var document = ArticleTerms.Document("Центробанк повысил ключевую ставку", null, "ru", 1500, markQuestions: true);

        Assert.DoesNotContain(ArticleTerms.QuestionPrefix, document);
    }
}
