using Svodka.Core.Stories;

namespace Svodka.Core.Tests.Stories;

public class SalientNumbersTests
{
    [Theory]
    [InlineData("Прогноз погоды на 8 ноября", "d:8.11")]
    [InlineData("Forecast for November 16", "d:16.11")]
    [InlineData("Матч пройдёт 1 мая", "d:1.5")]
    [InlineData("Закон вступит в силу в 2025 году", "y:2025")]
    [InlineData("Всемирный банк выделит Украине 150 млн долларов", "n:150")]
    [InlineData("На борьбу с бедностью уйдёт 2,5 трлн рублей", "n:2.5")]
    public void Days_years_and_quantities_get_their_own_keys(string text, string key)
    {
        Assert.Contains(key, SalientNumbers.Of(text));
    }

    [Fact]
    public void Clock_times_are_left_out()
    {
        Assert.Empty(SalientNumbers.Of("Заседание начнётся в 12:30"));
    }

    [Theory]
    [InlineData("Погибли 5 человек", "5|чело")]
    [InlineData("Apple profit jumps 17% in fourth quarter", "17|%")]
    [InlineData("На борьбу с бедностью уйдёт 2,5 трлн рублей", "2.5|трлн")]
    public void Quantities_carry_what_they_count(string text, string key)
    {
        Assert.Contains(key, SalientNumbers.Quantities(text));
    }

    [Fact]
    public void A_day_of_the_month_is_not_a_quantity()
    {
        Assert.Empty(SalientNumbers.Quantities("Прогноз погоды на 8 ноября"));
    }
}
