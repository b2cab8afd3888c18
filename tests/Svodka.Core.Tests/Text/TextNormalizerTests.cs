using Svodka.Core.Text;

namespace Svodka.Core.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void Spaces_of_every_kind_become_one_space()
    {
        Assert.Equal("5 000 рублей и 3 км", TextNormalizer.Normalize("5\u00A0000\u202Fрублей \t и  3\u2009км"));
    }

    [Fact]
    public void Soft_hyphens_and_zero_width_characters_disappear()
    {
        Assert.Equal("губернатор", TextNormalizer.Normalize("губер\u00ADна\u200Bтор"));
    }

    [Fact]
    public void Quotes_and_dashes_take_one_form()
    {
        Assert.Equal("\"Белновости\" - это 'газета' - и \"ещё\"", TextNormalizer.Normalize("«Белновости» — это ‘газета’ – и „ещё“"));
        Assert.Equal("1990-2000", TextNormalizer.Normalize("1990–2000"));
    }

    [Fact]
    public void Decomposed_letters_are_composed()
    {
        var decomposed = "и\u0306од"; // й as и + combining breve, as some CMSs send it
        Assert.Equal("йод", TextNormalizer.Normalize(decomposed));
    }

    [Fact]
    public void Line_breaks_are_kept_but_blank_runs_collapse()
    {
        Assert.Equal("Первый абзац.\n\nВторой.\nТретий", TextNormalizer.Normalize("  Первый абзац. \r\n\r\n\r\n\r\n Второй.\r\nТретий \n"));
    }

    [Fact]
    public void Clean_text_comes_back_as_the_same_instance()
    {
        const string clean = "Лукашенко встретился с Кошановым.\n\nПереговоры прошли в Минске.";
        Assert.Same(clean, TextNormalizer.Normalize(clean));
    }

    [Fact]
    public void Ellipsis_becomes_three_dots()
    {
        Assert.Equal("И вот...", TextNormalizer.Normalize("И вот…"));
    }

    [Fact]
    public void Ellipses_in_a_row_all_become_dots()
    {
        Assert.Equal("Ну...... и... всё", TextNormalizer.Normalize("Ну…… и… всё"));
    }

    [Theory]
    [InlineData("«Белновости» — это ‘газета’ – и „ещё“… \r\n\r\n\r\n Второй\u00A0абзац…")]
    [InlineData("  Первый абзац. \r\n\r\n Второй.\r\nТретий \n")]
    [InlineData("и\u0306од и губер\u00ADна\u200Bтор… …")]
    [InlineData("Лукашенко встретился с Кошановым.")]
    public void A_part_of_a_text_normalises_as_the_part_cut_out_first(string text)
    {
        for (var length = 0; length <= text.Length; length++)
            Assert.Equal(TextNormalizer.Normalize(text[..length]), TextNormalizer.NormalizeHead(text, length));
    }

    [Fact]
    public void Folding_lowers_case_and_turns_yo_into_ye()
    {
        Assert.Equal("орел и ее ежик", TextNormalizer.FoldCase("Орёл и её ЁЖИК"));
    }

    [Fact]
    public void The_fast_lower_case_agrees_with_the_runtime_on_every_character()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.True(char.ToLowerInvariant(c) == TextNormalizer.LowerInvariant(c), $"U+{(int)c:X4}");
    }

    [Fact]
    public void The_fast_composition_check_passes_only_text_that_is_already_composed()
    {
        var passed = new List<char>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
            if (TextNormalizer.SurelyComposed([c]))
            {
                Assert.True(c.ToString().IsNormalized(System.Text.NormalizationForm.FormC), $"U+{(int)c:X4}");
                passed.Add(c);
            }
        // Nor does any pair of them compose into something else.
        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            var pair = string.Concat(passed[random.Next(passed.Count)], passed[random.Next(passed.Count)]);
            Assert.True(pair.IsNormalized(System.Text.NormalizationForm.FormC), pair);
        }
        Assert.False(TextNormalizer.SurelyComposed("и\u0306од"));
        Assert.False(TextNormalizer.SurelyComposed("\u212B")); // Ångström sign: NFC makes it Å
        Assert.True(TextNormalizer.SurelyComposed("Лукашенко встретился с Кошановым — «№ 1», 5 €"));
    }
}
