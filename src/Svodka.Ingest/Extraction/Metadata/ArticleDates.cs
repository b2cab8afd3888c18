using System.Globalization;
using System.Text.RegularExpressions;

namespace Svodka.Ingest.Extraction.Metadata;

/// <summary>
/// Reads the date shapes article pages use: ISO 8601 and RFC 1123 in metadata, written dates in the
/// page («24 ноября 2026, 14:05», «14:05 24.11.2026», "November 24, 2026"), and dates in the URL.
/// A time written without an offset is in the site's zone; the result is always UTC.
/// </summary>
internal static partial class ArticleDates
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>Machine-readable dates from metadata and datetime attributes.</summary>
    public static DateTimeOffset? ParseMachine(string? value, TimeZoneInfo siteZone)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (s.Length > 64) return null;
        if (UnixSeconds().IsMatch(s) && long.TryParse(s, out var unix))
            return unix is > 631152000 and < 4102444800 ? DateTimeOffset.FromUnixTimeSeconds(unix) : null;
        var iso = IsoDate().Match(s);
        if (iso.Success) return FromIso(iso, siteZone);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && HasOffset().IsMatch(s))
            return Plausible(parsed.ToUniversalTime());
        return ParseWritten(s, siteZone);
    }

    /// <summary>A date written for people, in Russian, English or German, with an optional time.</summary>
    public static DateTimeOffset? ParseWritten(string? text, TimeZoneInfo siteZone)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Length > 300 ? text[..300] : text;
        var m = WrittenDate().Match(s);
        if (m.Success && Months.TryGetValue(m.Groups["month"].Value.ToLowerInvariant().TrimEnd('.'), out var month))
            return Local(int.Parse(m.Groups["year"].Value), month, int.Parse(m.Groups["day"].Value), TimeNear(s), siteZone);
        m = EnglishDate().Match(s);
        if (m.Success && Months.TryGetValue(m.Groups["month"].Value.ToLowerInvariant().TrimEnd('.'), out month))
            return Local(int.Parse(m.Groups["year"].Value), month, int.Parse(m.Groups["day"].Value), TimeNear(s), siteZone);
        m = NumericDate().Match(s);
        if (m.Success)
            return Local(int.Parse(m.Groups["year"].Value), int.Parse(m.Groups["month"].Value), int.Parse(m.Groups["day"].Value), TimeNear(s), siteZone);
        return null;
    }

    /// <summary>/2026/11/24/, /2026-11-24-, /20261124/ in a URL path: a day, at midnight in the site's zone.</summary>
    public static DateTimeOffset? FromUrl(string? url, TimeZoneInfo siteZone)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var m = UrlDate().Match(uri.AbsolutePath);
        if (!m.Success) return null;
        return Local(int.Parse(m.Groups["year"].Value), int.Parse(m.Groups["month"].Value), int.Parse(m.Groups["day"].Value), null, siteZone);
    }

    private static DateTimeOffset? FromIso(Match m, TimeZoneInfo siteZone)
    {
        int year = int.Parse(m.Groups["y"].Value), month = int.Parse(m.Groups["mo"].Value), day = int.Parse(m.Groups["d"].Value);
        TimeSpan? time = null;
        if (m.Groups["h"].Success)
        {
            var seconds = m.Groups["s"].Success ? double.Parse(m.Groups["s"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
            if (seconds >= 60) return null;
            time = new TimeSpan(0, int.Parse(m.Groups["h"].Value), int.Parse(m.Groups["mi"].Value), 0) + TimeSpan.FromSeconds(seconds);
        }
        if (!m.Groups["z"].Success) return Local(year, month, day, time, siteZone);
        var zone = m.Groups["z"].Value;
        var offset = zone is "Z" or "z" ? TimeSpan.Zero : ParseOffset(zone);
        if (offset is null || !IsValidDay(year, month, day) || time is not { } t || t >= TimeSpan.FromDays(1)) return null;
        return Plausible(new DateTimeOffset(new DateTime(year, month, day) + t, offset.Value).ToUniversalTime());
    }

    private static TimeSpan? ParseOffset(string zone)
    {
        var digits = zone[1..].Replace(":", "");
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit)) return null;
        var offset = new TimeSpan(int.Parse(digits[..2]), digits.Length == 4 ? int.Parse(digits[2..]) : 0, 0);
        if (offset > TimeSpan.FromHours(14)) return null;
        return zone[0] == '-' ? -offset : offset;
    }

    private static TimeSpan? TimeNear(string s)
    {
        var m = ClockTime().Match(s);
        if (!m.Success) return null;
        int h = int.Parse(m.Groups["h"].Value), mi = int.Parse(m.Groups["m"].Value);
        if (m.Groups["ampm"].Success)
        {
            var pm = m.Groups["ampm"].Value.StartsWith('p') || m.Groups["ampm"].Value.StartsWith('P');
            if (h == 12) h = 0;
            if (pm) h += 12;
        }
        return h < 24 && mi < 60 ? new TimeSpan(h, mi, 0) : null;
    }

    private static DateTimeOffset? Local(int year, int month, int day, TimeSpan? time, TimeZoneInfo zone)
    {
        if (!IsValidDay(year, month, day)) return null;
        var local = DateTime.SpecifyKind(new DateTime(year, month, day) + (time ?? TimeSpan.Zero), DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return Plausible(new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime());
    }

    private static bool IsValidDay(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>News is not published before the web existed, nor more than a day ahead.</summary>
    private static DateTimeOffset? Plausible(DateTimeOffset utc) =>
        utc.Year >= 1990 && utc <= DateTimeOffset.UtcNow.AddDays(1) ? utc : null;

    private static Dictionary<string, int> BuildMonths()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        string[][] names =
        [
            ["января", "январь", "янв", "january", "jan", "januar", "jänner", "janvier", "enero"],
            ["февраля", "февраль", "фев", "february", "feb", "februar", "février", "febrero"],
            ["марта", "март", "мар", "march", "mar", "märz", "mars", "marzo"],
            ["апреля", "апрель", "апр", "april", "apr", "avril", "abril"],
            ["мая", "май", "may", "mai", "mayo"],
            ["июня", "июнь", "июн", "june", "jun", "juni", "juin", "junio"],
            ["июля", "июль", "июл", "july", "jul", "juli", "juillet", "julio"],
            ["августа", "август", "авг", "august", "aug", "août", "agosto"],
            ["сентября", "сентябрь", "сен", "сент", "september", "sep", "sept", "septembre", "septiembre"],
            ["октября", "октябрь", "окт", "october", "oct", "oktober", "octobre", "octubre"],
            ["ноября", "ноябрь", "ноя", "нояб", "november", "nov", "novembre", "noviembre"],
            ["декабря", "декабрь", "дек", "december", "dec", "dezember", "décembre", "diciembre"],
        ];
        for (var i = 0; i < names.Length; i++)
            foreach (var n in names[i]) d[n] = i + 1;
        return d;
    }

    [GeneratedRegex(@"^[0-9]{9,10}$")]
    private static partial Regex UnixSeconds();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:[T\s]+(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}(?:[.,][0-9]+)?))?\s*(?<z>Z|z|[+-][0-9]{2}:?[0-9]{2}|[+-][0-9]{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?:GMT|UTC|[+-][0-9]{2}:?[0-9]{2}|\b[A-Z]{3})\s*$")]
    private static partial Regex HasOffset();

    [GeneratedRegex(@"(?<![0-9])(?<day>[0-9]{1,2})(?:\.|-го)?\s+(?<month>[А-Яа-яЁёA-Za-zäéûÄ]{3,9}\.?),?\s+(?<year>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"\b(?<month>[A-Za-z]{3,9}\.?)\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?<![0-9])(?<day>[0-9]{1,2})[./](?<month>[0-9]{1,2})[./](?<year>(?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![0-9:])(?<h>[01]?[0-9]|2[0-3])[:.](?<m>[0-5][0-9])(?![0-9.:][0-9])(?:\s*(?<ampm>[aApP]\.?[mM]\.?))?")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"/(?<year>(?:19|20)[0-9]{2})[/\-_]?(?<month>0[1-9]|1[0-2])[/\-_]?(?<day>0[1-9]|[12][0-9]|3[01])(?:[/\-_.]|$)")]
    private static partial Regex UrlDate();
}
