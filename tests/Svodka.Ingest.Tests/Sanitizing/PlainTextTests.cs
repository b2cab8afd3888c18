using Svodka.Ingest.Sanitizing;
using Svodka.Testing;

namespace Svodka.Ingest.Tests.Sanitizing;

public class PlainTextTests
{
    [Fact]
    public void Adjacent_paragraphs_br_lines_and_list_items_never_run_together()
    {
        var text = PlainText.FromHtml(
            "<p>Первый абзац.</p><p>Второй абзац.</p><div>Строка один<br>строка два<br/><br>Новый абзац</div>" +
            "<ul><li>пункт один</li><li>пункт два</li></ul><table><tr><td>ячейка</td><td>соседняя</td></tr></table>" +
            "<h2>Подзаголовок</h2>Хвост");
        Assert.Equal(
            "Первый абзац.\n\nВторой абзац.\n\nСтрока один\nстрока два\n\nНовый абзац\n\nпункт один\nпункт два\n\nячейка соседняя\n\nПодзаголовок\n\nХвост",
            text);
    }

    [Fact]
    public void Inline_markup_does_not_split_words_and_whitespace_collapses()
    {
        Assert.Equal("Москва — столица России.", PlainText.FromHtml("<p>  <b>Моск</b>ва&nbsp;—\n\t столица   <a href='#'>России</a>. </p>"));
    }

    [Fact]
    public void Scripts_styles_and_invisible_characters_are_not_text()
    {
        Assert.Equal("Видимый текст", PlainText.FromHtml("<script>var x=1;</script><style>p{}</style><p>Види\u00ADмый\u200B текст</p>"));
    }

    [Fact]
    public void Plain_text_keeps_its_paragraphs()
    {
        Assert.Equal("Раз два.\n\nТри.", PlainText.FromHtml("Раз   два.\r\n\r\nТри."));
    }

    [Fact]
    public void Preformatted_text_keeps_its_lines()
    {
        Assert.Equal("a  b\n  c", PlainText.FromHtml("<pre>a  b\n  c</pre>"));
    }

    [Fact]
    public void The_seed_paragraph_is_repaired()
    {
        var seed = TestData.RequireSeed("000_4fd7493cbf679052.txt");
        var glued = File.ReadLines(seed).First(l => l.Contains("Кошановым.Ключевой", StringComparison.Ordinal));

        var repaired = PlainText.RepairGluedSentences(glued);

        Assert.Contains("Ерланом Кошановым.\n\nКлючевой темой", repaired);
        Assert.Contains("«Белновости».\n\nКак передает", repaired);
        Assert.Contains("«подтолкнуть и ускорить».\n\nВ фокусе", repaired);
        Assert.Contains("Федерацией.\n\nТакой формат", repaired);
        Assert.Contains("подчеркнул Лукашенко.\n\nОсобое значение", repaired);
        // Sentences that were separated properly stay within their paragraph.
        Assert.Contains("Александра Лукашенко. Он обратил внимание", repaired);
        Assert.DoesNotMatch(@"\p{Ll}[.»]\p{Lu}", repaired);
        Assert.Equal(12, repaired.Split("\n\n").Length);
    }

    [Theory]
    [InlineData("Встреча прошла в г.Москва на ул.Ленина.")]
    [InlineData("Поэма А.С.Пушкина и роман Л.Н.Толстого.")]
    [InlineData("Об этом пишет Газета.Ru и Lenta.Ru со ссылкой на РБК.")]
    [InlineData("Заказать Яндекс.Такси или Mail.Ru Group.")]
    [InlineData("Рост составил 2.5 процента, версия 3.Beta.")]
    [InlineData("Пишите на Ivan.Petrov@example.com или заходите на www.Example.Com/News.")]
    [InlineData("Mr.Smith met Dr.Jones in St.Petersburg.")]
    [InlineData("Как сообщил проф.Иванов, т.е. главный эксперт.")]
    public void Not_every_dot_before_a_capital_is_a_sentence_end(string text)
    {
        Assert.Equal(text, PlainText.RepairGluedSentences(text));
    }

    [Theory]
    [InlineData("Он приехал.Потом уехал.", "Он приехал.\n\nПотом уехал.")]
    [InlineData("Это США.Президент сказал.", "Это США.\n\nПрезидент сказал.")]
    [InlineData("Зачем?Никто не знает!Даже он.", "Зачем?\n\nНикто не знает!\n\nДаже он.")]
    [InlineData("The talks ended.Both sides agreed.", "The talks ended.\n\nBoth sides agreed.")]
    [InlineData("Он сказал: «Хватит».«Нет», — ответили ему.", "Он сказал: «Хватит».\n\n«Нет», — ответили ему.")]
    public void Certain_sentence_ends_are_split(string glued, string expected)
    {
        Assert.Equal(expected, PlainText.RepairGluedSentences(glued));
    }
}
