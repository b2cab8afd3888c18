using Svodka.Core.Text;

namespace Svodka.Core.Tests.Text;

public class StopWordsAndTermsTests
{
    [Theory]
    [InlineData("и", "ru")]
    [InlineData("Который", "ru")]
    [InlineData("её", "ru")]
    [InlineData("the", "en")]
    [InlineData("After", "en")]
    [InlineData("також", "uk")]
    [InlineData("және", "kk")]
    [InlineData("und", "de")]
    public void Function_words_are_stop_words(string word, string lang) => Assert.True(StopWords.IsStop(word, lang));

    [Theory]
    [InlineData("губернатор", "ru")]
    [InlineData("election", "en")]
    [InlineData("и", "en")]
    public void Content_words_are_not(string word, string lang) => Assert.False(StopWords.IsStop(word, lang));

    [Fact]
    public void Terms_are_stemmed_folded_and_free_of_stop_words()
    {
        var terms = TextAnalyzer.Terms("Губернатор Кубани и губернаторы областей встретились в Краснодаре в 2024 году", "ru");
        Assert.DoesNotContain("и", terms);
        Assert.DoesNotContain("в", terms);
        Assert.DoesNotContain("2024", terms);
        Assert.Equal(2, terms.Count(t => t == "губернатор"));
        Assert.Contains(Stemmer.Stem("Краснодар", "ru"), terms);
        Assert.All(terms, t => Assert.Equal(t, t.ToLowerInvariant()));
    }

    [Fact]
    public void Numbers_are_terms_only_when_asked()
    {
        Assert.Contains("2024", TextAnalyzer.Terms("в 2024 году", "ru", includeNumbers: true));
    }

    [Fact]
    public void Acronyms_are_kept_unstemmed()
    {
        Assert.Contains("сша", TextAnalyzer.Terms("Санкции США", "ru"));
    }

    [Fact]
    public void Soft_hyphens_and_yo_do_not_split_or_change_a_term()
    {
        Assert.Equal(TextAnalyzer.Terms("Орел", "ru"), TextAnalyzer.Terms("Орёл", "ru"));
        Assert.Equal(TextAnalyzer.Terms("губернатор", "ru"), TextAnalyzer.Terms("губер\u00ADнатор", "ru"));
    }
}
