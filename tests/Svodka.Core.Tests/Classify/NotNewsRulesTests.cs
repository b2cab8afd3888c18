using Svodka.Core.Classify;

namespace Svodka.Core.Tests.Classify;

public class NotNewsRulesTests
{
    [Theory]
    [InlineData("Гороскоп на 16 ноября 2019 года", "horoscope")]
    [InlineData("Your weekly horoscope: Aries to Pisces", "horoscope")]
    [InlineData("Рецепт борща от шеф-повара", "recipe")]
    [InlineData("How to make the perfect roast potatoes", "recipe")]
    [InlineData("Погода во Владимире на 4 ноября", "weather forecast")]
    [InlineData("Погода в Украине на выходные", "weather forecast")]
    [InlineData("Какой сегодня праздник: 2 ноября 2019", "calendar")]
    [InlineData("Sudoku 2,596 easy", "quiz or puzzle")]
    [InlineData("Тест: угадайте фильм по кадру", "quiz or puzzle")]
    [InlineData("How to watch the Champions League final", "how-to")]
    [InlineData("Как правильно выбрать матрас", "how-to")]
    [InlineData("10 лучших сериалов осени", "listicle")]
    [InlineData("The 6 Best Humidifiers For Winter", "listicle")]
    [InlineData("30 привычек, которые мешают похудеть", "listicle")]
    [InlineData("8 напитков для крепкого сна, которые можно пить вечером", "listicle")]
    [InlineData("Что такое инфляция и почему растут цены", "explainer")]
    [InlineData("Что нужно знать о новых правилах ОСАГО", "explainer")]
    public void Titles_that_announce_a_not_news_kind_are_caught(string title, string rule) =>
        Assert.Equal(rule, NotNewsRules.Match(title, null));

    [Theory]
    [InlineData("Синоптики предупредили о шторме в Приморье")]
    [InlineData("Storm Ciara: flights cancelled as winds reach 90mph")]
    [InlineData("Как Путин ответил на вопрос о пенсиях")]
    [InlineData("How to save the NHS: minister unveils plan")] // a policy story, not a how-to
    [InlineData("10 человек погибли при пожаре в Казани")]
    [InlineData("Центробанк снизил ключевую ставку до 6,5%")]
    [InlineData("25 процентов россиян считают, что зима будет холодной")] // a poll: numbers and a clause, but news
    [InlineData("Что известно о взрыве в Магнитогорске")]
    public void News_headlines_pass(string title) => Assert.Null(NotNewsRules.Match(title, null));

    [Fact]
    public void Advertising_is_caught_in_the_text() =>
        Assert.Equal("advertising", NotNewsRules.Match("Квартиры у метро от 5 млн", "Успейте купить. На правах рекламы."));
}
