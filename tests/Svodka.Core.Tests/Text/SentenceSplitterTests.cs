using Svodka.Core.Text;

namespace Svodka.Core.Tests.Text;

public class SentenceSplitterTests
{
    [Fact]
    public void Paragraphs_glued_without_a_space_are_split()
    {
        var sentences = SentenceSplitter.Split(
            "Александр Лукашенко в Минске встретился с председателем парламента Казахстана Ерланом Кошановым.Ключевой темой переговоров стала активизация связей, – сообщает «Белновости».Как передает пресс-служба, он предложил этот процесс «подтолкнуть и ускорить».");
        Assert.Equal(3, sentences.Count);
        Assert.EndsWith("Кошановым.", sentences[0]);
        Assert.StartsWith("Ключевой", sentences[1]);
        Assert.StartsWith("Как передает", sentences[2]);
    }

    [Fact]
    public void Initials_and_abbreviations_do_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split("Памятник А. С. Пушкину стоит на ул. Ленина, т.е. в центре. Его открыли давно.");
        Assert.Equal(["Памятник А. С. Пушкину стоит на ул. Ленина, т.е. в центре.", "Его открыли давно."], sentences);
    }

    [Fact]
    public void A_year_abbreviation_ends_a_sentence_before_a_capital()
    {
        Assert.Equal(["Закон принят в 2023 г.", "В Москве его ждали."], SentenceSplitter.Split("Закон принят в 2023 г. В Москве его ждали."));
        Assert.Single(SentenceSplitter.Split("Он родился в г. Москве."));
    }

    [Fact]
    public void Questions_exclamations_quotes_and_lines()
    {
        var sentences = SentenceSplitter.Split("Кто виноват?! Никто. \"Мы готовы\", - сказал он.\nНовая строка без точки\nЕщё одна");
        Assert.Equal(["Кто виноват?!", "Никто.", "\"Мы готовы\", - сказал он.", "Новая строка без точки", "Ещё одна"], sentences);
    }

    [Fact]
    public void Lower_case_after_a_dot_continues_the_sentence()
    {
        Assert.Single(SentenceSplitter.Split("Курс составил 92.5 руб. за доллар, сайт ria.ru сообщил."));
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split("  \n "));
        Assert.Empty(SentenceSplitter.Split(null));
    }
}
