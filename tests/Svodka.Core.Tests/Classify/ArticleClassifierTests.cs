using Svodka.Core.Classify;
using Svodka.Testing;

namespace Svodka.Core.Tests.Classify;

public class ArticleClassifierTests
{
    private static IEnumerable<string[]> Fixtures() =>
        File.ReadLines(TestData.File("classify", "articles.tsv")).Skip(1).Select(line => line.Split('\t'));

    public static TheoryData<string, string, string, string> Articles()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var f in Fixtures()) data.Add(f[0], f[1], f[2], f[3]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Files_each_kind_of_article_where_a_reader_expects_it(string language, string expected, string title, string text)
    {
        var result = CommittedModel.Classifier.Classify(title, text, language);

        Assert.Equal(expected, result.Rubric);
        Assert.Equal(expected != Rubrics.NotNews, result.IsNews);
    }

    [Fact]
    public void Scores_form_one_distribution_over_the_eight_labels()
    {
        var result = CommittedModel.Classifier.Classify("«Спартак» победил «Зенит» в матче РПЛ", "Матч завершился со счетом 2:1.", "ru");

        Assert.Equal(Rubrics.All.Order(), result.RubricScores.Keys.Order());
        Assert.Equal(1.0, result.RubricScores.Values.Sum(), 3);
        Assert.Equal(result.Rubric, result.RubricScores.MaxBy(kv => kv.Value).Key);
    }

    [Fact]
    public void A_publishers_section_decides_what_the_text_leaves_open()
    {
        const string title = "Клуб объявил о смене владельца", text = "Сделка будет закрыта до конца месяца, сообщили в пресс-службе.";

        Assert.Equal(Rubrics.Sports, CommittedModel.Classifier.Classify(title, text, "ru", "https://example.ru/sport/12345-klub.html").Rubric);
        Assert.Equal(Rubrics.Economy, CommittedModel.Classifier.Classify(title, text, "ru", "https://example.ru/economy/12345-klub.html").Rubric);
    }

    [Fact]
    public void A_section_does_not_overrule_a_text_that_is_sure()
    {
        var result = CommittedModel.Classifier.Classify("Губернатор провел совещание по подготовке к зиме", "Обсудили ремонт котельных и запасы угля.", "ru",
            "https://example.ru/sport/1.html");

        Assert.Equal(Rubrics.Society, result.Rubric);
    }

    [Fact]
    public void An_opinion_section_tips_a_commentary_into_not_news()
    {
        const string title = "What the new deal means for the city", text = "The agreement was signed on Monday after months of talks.";

        Assert.True(CommittedModel.Classifier.Classify(title, text, "en").IsNews);
        Assert.False(CommittedModel.Classifier.Classify(title, text, "en", "https://example.com/opinion/2019/11/brexit").IsNews);
    }

    [Fact]
    public void A_rule_names_why_a_horoscope_is_not_news()
    {
        var result = CommittedModel.Classifier.Classify("Гороскоп на 3 марта для всех знаков зодиака", null, "ru");

        Assert.False(result.IsNews);
        Assert.Equal("horoscope", result.NotNewsRule);
    }

    [Fact]
    public void Gives_the_same_answers_from_many_threads_at_once()
    {
        var articles = Fixtures().Select(f => (f[0], f[2], f[3])).ToArray();
        var expected = articles.Select(a => CommittedModel.Classifier.Classify(a.Item2, a.Item3, a.Item1).Rubric).ToArray();

        var parallel = new string[articles.Length * 20];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var a = articles[i % articles.Length];
            parallel[i] = CommittedModel.Classifier.Classify(a.Item2, a.Item3, a.Item1).Rubric;
        });

        for (var i = 0; i < parallel.Length; i++) Assert.Equal(expected[i % articles.Length], parallel[i]);
    }
}
