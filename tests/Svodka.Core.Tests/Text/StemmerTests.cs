using Svodka.Core.Text;

namespace Svodka.Core.Tests.Text;

public class StemmerTests
{
    [Theory]
    [InlineData("области", "областью", "ru")]
    [InlineData("Кошановым", "Кошанова", "ru")]
    [InlineData("переговоры", "переговорах", "ru")]
    [InlineData("elections", "election", "en")]
    [InlineData("running", "runs", "en")]
    public void Inflected_forms_share_a_stem(string a, string b, string lang)
    {
        Assert.Equal(Stemmer.Stem(a, lang), Stemmer.Stem(b, lang));
    }

    [Fact]
    public void Different_words_keep_different_stems()
    {
        Assert.NotEqual(Stemmer.Stem("мира", "ru"), Stemmer.Stem("мэра", "ru"));
    }

    [Fact]
    public void Yo_and_case_do_not_matter()
    {
        Assert.Equal(Stemmer.Stem("ещё", "ru"), Stemmer.Stem("ЕЩЕ", "ru"));
    }

    [Fact]
    public void A_language_without_a_stemmer_gets_the_folded_word()
    {
        Assert.False(Stemmer.Supports("kk"));
        Assert.Equal("парламенті", Stemmer.Stem("Парламенті", "kk"));
    }

    [Fact]
    public void Threads_stem_independently_and_agree()
    {
        var words = Enumerable.Range(0, 2000).Select(i => i % 2 == 0 ? "губернаторами" : "губернатору").ToArray();
        var stems = words.AsParallel().WithDegreeOfParallelism(4).Select(w => Stemmer.Stem(w, "ru")).Distinct().ToArray();
        Assert.Equal(["губернатор"], stems);
    }
}
