using Svodka.Core.Text;

namespace Svodka.Tests.Web;

/// <summary>Counts and dates as a Russian reader expects them on the portal.</summary>
public sealed class RussianFormatTests
{
    [Theory]
    [InlineData(1, "1 источник")]
    [InlineData(3, "3 источника")]
    [InlineData(5, "5 источников")]
    [InlineData(11, "11 источников")]
    [InlineData(14, "14 источников")]
    [InlineData(21, "21 источник")]
    [InlineData(22, "22 источника")]
    [InlineData(111, "111 источников")]
    [InlineData(0, "0 источников")]
    public void Source_counts_take_the_right_plural_form(int n, string expected) =>
        Assert.Equal(expected, RussianPlural.Count(n, "источник", "источника", "источников"));

    [Fact]
    public void Dates_read_as_a_Russian_portal_writes_them()
    {
        var now = new DateTime(2026, 11, 24, 14, 5, 0);
        Assert.Equal("24 ноября, 14:05", NewsDates.DayMonthTime(now, "ru", 2026));
        Assert.Equal("3 марта 2025, 09:15", NewsDates.DayMonthTime(new DateTime(2025, 3, 3, 9, 15, 0), "ru", 2026));
        Assert.Equal("только что", NewsDates.Ago(now.AddSeconds(-20), now, "ru"));
        Assert.Equal("5 минут назад", NewsDates.Ago(now.AddMinutes(-5), now, "ru"));
        Assert.Equal("1 минуту назад", NewsDates.Ago(now.AddMinutes(-1), now, "ru"));
        Assert.Equal("22 минуты назад", NewsDates.Ago(now.AddMinutes(-22), now, "ru"));
        Assert.Equal("2 часа назад", NewsDates.Ago(now.AddHours(-2), now, "ru"));
        Assert.Equal("сегодня в 06:05", NewsDates.Ago(now.AddHours(-8), now, "ru"));
        Assert.Equal("вчера в 21:30", NewsDates.Ago(new DateTime(2026, 11, 23, 21, 30, 0), now, "ru"));
        Assert.Equal("20 ноября, 10:00", NewsDates.Ago(new DateTime(2026, 11, 20, 10, 0, 0), now, "ru"));
        Assert.Equal("вторник, 24 ноября 2026", NewsDates.LongDay(now, "ru"));
        Assert.Equal("5 minutes ago", NewsDates.Ago(now.AddMinutes(-5), now, "en"));
        Assert.Equal("24 November, 14:05", NewsDates.DayMonthTime(now, "en", 2026));
    }

    [Fact]
    public void Slugs_are_transliterated_Russian() =>
        Assert.Equal("krymskiy-kurer", Slugs.FromName("Крымский курьер"));
}
