using Svodka.Core.Dedup;

namespace Svodka.Core.Tests.Dedup;

public class ContentHashTests
{
    [Fact]
    public void Same_words_with_different_markup_case_and_spacing_hash_alike() =>
        Assert.Equal(
            ContentHash.Compute("Лукашенко встретился с Кошановым", "Александр Лукашенко в Минске встретился с председателем парламента Казахстана."),
            ContentHash.Compute("ЛУКАШЕНКО  встретился с Кошановым!", "Александр Лукашенко в Минске\nвстретился с председателем парламента Казахстана"));

    [Fact]
    public void Yo_and_ye_are_one_letter() =>
        Assert.Equal(ContentHash.Compute("Ещё один рекорд", null), ContentHash.Compute("Еще один рекорд", null));

    [Fact]
    public void Different_text_or_title_hash_differently()
    {
        var a = ContentHash.Compute("Курс доллара вырос", "Доллар подорожал на 10 копеек.");
        Assert.NotEqual(a, ContentHash.Compute("Курс доллара вырос", "Доллар подорожал на 20 копеек."));
        Assert.NotEqual(a, ContentHash.Compute("Курс доллара упал", "Доллар подорожал на 10 копеек."));
        // The title/body boundary counts: moving a word across it is a different article.
        Assert.NotEqual(ContentHash.Compute("a b", "c"), ContentHash.Compute("a", "b c"));
    }
}
