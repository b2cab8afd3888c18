using System.Globalization;

namespace Svodka.Core.Text;

/// <summary>
/// Dates as a news portal writes them: «24 ноября, 14:05» (and the year when it is not this one),
/// «5 минут назад», «вчера в 14:05»; in English «24 November, 14:05», «5 minutes ago». Times are shown in the
/// site's time zone, which the caller converts to.
/// </summary>
public static class NewsDates
{
    private static readonly string[] GenitiveMonths =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    private static readonly string[] NominativeMonths =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
    private static readonly string[] RussianWeekdays =
        ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"];

    /// <summary>«24 ноября» / «24 November»; the year is added when it differs from <paramref name="thisYear"/>.</summary>
    public static string DayMonth(DateTime local, string language, int? thisYear = null)
    {
        var year = thisYear is { } y && y != local.Year ? $" {local.Year}" : "";
        return language == "ru"
            ? $"{local.Day} {GenitiveMonths[local.Month - 1]}{year}"
            : $"{local.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(local.Month)}{year}";
    }

    /// <summary>«24 ноября, 14:05».</summary>
    public static string DayMonthTime(DateTime local, string language, int? thisYear = null) =>
        $"{DayMonth(local, language, thisYear)}, {local:HH\\:mm}";

    /// <summary>«понедельник, 24 ноября 2026» / «Monday, 24 November 2026»: a day page's heading.</summary>
    public static string LongDay(DateTime local, string language) => language == "ru"
        ? $"{RussianWeekdays[(int)local.DayOfWeek]}, {local.Day} {GenitiveMonths[local.Month - 1]} {local.Year}"
        : local.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>«ноябрь 2026».</summary>
    public static string MonthYear(DateTime local, string language) => language == "ru"
        ? $"{NominativeMonths[local.Month - 1]} {local.Year}"
        : local.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// How long ago, as a reader says it: «только что», «5 минут назад», «2 часа назад» within six hours; «сегодня в 09:10»;
    /// «вчера в 14:05»; then «24 ноября, 14:05». Both times are local to the site.
    /// </summary>
    public static string Ago(DateTime then, DateTime now, string language)
    {
        var age = now - then;
        var ru = language == "ru";
        if (age < TimeSpan.FromMinutes(1)) return ru ? "только что" : "just now";
        if (age < TimeSpan.FromHours(1))
        {
            var minutes = (int)age.TotalMinutes;
            return ru ? $"{RussianPlural.Count(minutes, "минуту", "минуты", "минут")} назад"
                : minutes == 1 ? "1 minute ago" : $"{minutes} minutes ago";
        }
        if (age < TimeSpan.FromHours(6))
        {
            var hours = (int)age.TotalHours;
            return ru ? $"{RussianPlural.Count(hours, "час", "часа", "часов")} назад"
                : hours == 1 ? "1 hour ago" : $"{hours} hours ago";
        }
        if (then.Date == now.Date) return ru ? $"сегодня в {then:HH\\:mm}" : $"today at {then:HH\\:mm}";
        if (then.Date == now.Date.AddDays(-1)) return ru ? $"вчера в {then:HH\\:mm}" : $"yesterday at {then:HH\\:mm}";
        return DayMonthTime(then, language, now.Year);
    }
}
