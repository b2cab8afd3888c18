namespace Svodka.Ingest.Feeds;

/// <summary>
/// The two shapes nearly every feed uses, read without the normalise-then-try-every-shape path of
/// <see cref="FeedDates"/>: RFC 822 ("Tue, 24 Nov 2026 14:05:00 +0300", weekday ignored) and ISO 8601
/// ("2026-11-24T14:05:00Z", "…+03:00"). Anything else, or anything odd about these, falls through (false).
/// </summary>
internal static class FeedDateFastPath
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset result)
    {
        result = default;
        s = s.Trim();
        return s.Length >= 19 && char.IsAsciiDigit(s[0]) && s[4] == '-' ? TryIso(s, out result) : TryRfc822(s, out result);
    }

    private static bool TryRfc822(ReadOnlySpan<char> s, out DateTimeOffset result)
    {
        result = default;
        var comma = s.IndexOf(',');
        if (comma is > 0 and < 10) s = s[(comma + 1)..].TrimStart();
        var p = 0;
        if (!Number(s, ref p, 1, 2, out var day) || !Skip(s, ref p, ' ')) return false;
        if (p + 3 > s.Length) return false;
        var month = MonthNumber(s.Slice(p, 3));
        p += 3;
        if (month == 0 || !Skip(s, ref p, ' ') || !Number(s, ref p, 4, 4, out var year) || !Skip(s, ref p, ' ')) return false;
        if (!Time(s, ref p, out var hour, out var minute, out var second)) return false;
        if (!Skip(s, ref p, ' ')) return false;
        var zone = s[p..];
        TimeSpan offset;
        if (zone is "GMT" or "UT" or "UTC" or "Z" or "+0000") offset = TimeSpan.Zero;
        else if (!NumericOffset(zone, out offset)) return false;
        return Build(year, month, day, hour, minute, second, 0, offset, out result);
    }

    private static bool TryIso(ReadOnlySpan<char> s, out DateTimeOffset result)
    {
        result = default;
        var p = 0;
        if (!Number(s, ref p, 4, 4, out var year) || !Skip(s, ref p, '-') || !Number(s, ref p, 2, 2, out var month)
            || !Skip(s, ref p, '-') || !Number(s, ref p, 2, 2, out var day) || !(Skip(s, ref p, 'T') || Skip(s, ref p, ' '))
            || !Time(s, ref p, out var hour, out var minute, out var second)) return false;
        var ticks = 0;
        if (p < s.Length && s[p] == '.')
        {
            p++;
            var digits = 0;
            while (p < s.Length && char.IsAsciiDigit(s[p]))
            {
                if (digits++ < 7) ticks = ticks * 10 + (s[p] - '0');
                p++;
            }
            if (digits == 0) return false;
            for (var d = digits; d < 7; d++) ticks *= 10;
        }
        var zone = s[p..];
        TimeSpan offset;
        if (zone is "Z" or "z") offset = TimeSpan.Zero;
        else if (!NumericOffset(zone, out offset)) return false;
        return Build(year, month, day, hour, minute, second, ticks, offset, out result);
    }

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Months.Length; i++)
            if (name.Equals(Months[i], StringComparison.OrdinalIgnoreCase)) return i + 1;
        return 0;
    }

    private static bool Time(ReadOnlySpan<char> s, ref int p, out int hour, out int minute, out int second)
    {
        second = 0;
        minute = 0;
        if (!Number(s, ref p, 2, 2, out hour) || !Skip(s, ref p, ':') || !Number(s, ref p, 2, 2, out minute)) return false;
        return !Skip(s, ref p, ':') || Number(s, ref p, 2, 2, out second);
    }

    // "+0300", "+03:00", "-05:00"
    private static bool NumericOffset(ReadOnlySpan<char> zone, out TimeSpan offset)
    {
        offset = default;
        if (zone.Length is not (5 or 6) || zone[0] is not ('+' or '-')) return false;
        var p = 1;
        if (!Number(zone, ref p, 2, 2, out var hours)) return false;
        if (zone.Length == 6 && !Skip(zone, ref p, ':')) return false;
        if (!Number(zone, ref p, 2, 2, out var minutes) || hours > 14 || minutes > 59) return false;
        offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool Build(int year, int month, int day, int hour, int minute, int second, int ticks, TimeSpan offset, out DateTimeOffset result)
    {
        result = default;
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        result = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks).ToUniversalTime();
        return true;
    }

    private static bool Number(ReadOnlySpan<char> s, ref int p, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var start = p;
        while (p < s.Length && p - start < maxDigits && char.IsAsciiDigit(s[p])) value = value * 10 + (s[p++] - '0');
        return p - start >= minDigits;
    }

    private static bool Skip(ReadOnlySpan<char> s, ref int p, char c)
    {
        if (p >= s.Length || s[p] != c) return false;
        p++;
        return true;
    }
}
