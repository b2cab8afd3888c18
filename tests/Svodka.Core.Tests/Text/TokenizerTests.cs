using Svodka.Core.Text;

namespace Svodka.Core.Tests.Text;

public class TokenizerTests
{
    private static string[] Texts(string s) => Tokenizer.Tokenize(s).Select(t => t.Text).ToArray();

    [Fact]
    public void The_fast_character_classes_agree_with_the_runtime_on_every_character()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var cls = Tokenizer.ClassOf(c);
            Assert.True(char.IsLetter(c) == ((cls & Tokenizer.CharClass.Letter) != 0), $"letter U+{code:X4}");
            Assert.True((char.IsUpper(c) && char.IsLetter(c)) == ((cls & Tokenizer.CharClass.Upper) != 0), $"upper U+{code:X4}");
            Assert.True(char.IsDigit(c) == ((cls & Tokenizer.CharClass.Digit) != 0), $"digit U+{code:X4}");
            var wordChar = char.IsLetterOrDigit(c)
                || c >= '\u0300' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
            Assert.True(wordChar == Tokenizer.IsWordChar(c), $"word U+{code:X4}");
        }
    }

    [Fact]
    public void Hyphenated_words_stay_whole()
    {
        Assert.Equal(["Минск", "и", "Нур-Султан", "из-за", "COVID-19"], Texts("Минск и Нур-Султан из-за COVID-19"));
    }

    [Fact]
    public void A_dash_between_spaces_is_not_a_token()
    {
        Assert.Equal(["Москва", "столица"], Texts("Москва - столица"));
    }

    [Fact]
    public void Numbers_keep_their_decimal_part_and_kind()
    {
        var tokens = Tokenizer.Tokenize("Рост 3,5% за 2024 год, курс 92.15");
        Assert.Contains(new Token("3,5", TokenKind.Number, 5), tokens);
        Assert.Contains(tokens, t => t is { Text: "2024", Kind: TokenKind.Number });
        Assert.Contains(tokens, t => t is { Text: "92.15", Kind: TokenKind.Number });
        Assert.Contains(tokens, t => t is { Text: "год", Kind: TokenKind.Word });
    }

    [Fact]
    public void A_sentence_ending_after_a_number_does_not_join_the_next_one()
    {
        Assert.Equal(["в", "2024", "Потом"], Texts("в 2024. Потом"));
    }

    [Fact]
    public void Dotted_and_known_abbreviations_keep_their_dots()
    {
        var tokens = Tokenizer.Tokenize("т.е. на ул. Ленина, U.S. Army");
        Assert.Contains(tokens, t => t is { Text: "т.е.", Kind: TokenKind.Abbreviation });
        Assert.Contains(tokens, t => t is { Text: "ул.", Kind: TokenKind.Abbreviation });
        Assert.Contains(tokens, t => t is { Text: "U.S.", Kind: TokenKind.Abbreviation });
        Assert.Contains(tokens, t => t is { Text: "Ленина", Kind: TokenKind.Word });
    }

    [Fact]
    public void Capital_acronyms_are_abbreviations()
    {
        var tokens = Tokenizer.Tokenize("МВД и NATO, но не Москва");
        Assert.Equal(TokenKind.Abbreviation, tokens.Single(t => t.Text == "МВД").Kind);
        Assert.Equal(TokenKind.Abbreviation, tokens.Single(t => t.Text == "NATO").Kind);
        Assert.Equal(TokenKind.Word, tokens.Single(t => t.Text == "Москва").Kind);
    }

    [Fact]
    public void A_dot_glued_between_sentences_separates_the_words()
    {
        Assert.Equal(["с", "Ерланом", "Кошановым", "Ключевой", "темой"], Texts("с Ерланом Кошановым.Ключевой темой"));
    }

    [Fact]
    public void Apostrophes_inside_words_stay()
    {
        Assert.Equal(["м'ясо", "O'Neil"], Texts("м'ясо O'Neil"));
    }

    [Fact]
    public void An_initial_is_a_word_without_its_dot()
    {
        Assert.Equal(["А", "Пушкин"], Texts("А. Пушкин"));
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "  Губернатор «Кубани» заявил";
        foreach (var token in Tokenizer.Tokenize(text))
            Assert.Equal(token.Text, text.Substring(token.Offset, token.Length));
    }

    [Fact]
    public void Stress_marks_do_not_break_a_word()
    {
        Assert.Equal(["за\u0301мок"], Texts("за\u0301мок"));
    }
}
