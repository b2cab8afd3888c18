namespace Svodka.Stories;

/// <summary>«Сегодня» on a Russian site is Moscow's day, wherever the server runs.</summary>
public static class MoscowTime
{
    public static TimeZoneInfo Zone { get; } = Find();

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("MSK", TimeSpan.FromHours(3), "Moscow", "MSK"); }
    }
}
