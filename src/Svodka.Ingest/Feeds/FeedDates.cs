using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Svodka.Ingest.Feeds;

/// <summary>
/// Dates as feeds write them: RFC 822 with or without weekday or seconds, named zones (MSK, EST, GMT, UT),
/// ISO 8601, Russian month and weekday names («24 ноября 2026 14:05», «Пн, 24 ноя 2026 14:05:00 +0300»).
/// The text is first normalised (names to English abbreviations, zones to "+hh:mm", weekdays dropped since
/// feeds often get them wrong), then matched against one table of shapes. No zone means UTC.
/// </summary>
public static partial class FeedDates
{
    /// <summary>The instant in UTC, or null when the text is blank or no shape fits.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100) return null;
        if (FeedDateFastPath.TryParse(text, out var common)) return common;
        var normalised = Normalise(text);
        if (normalised.Length == 0) return null;
        if (!DateTimeOffset.TryParseExact(normalised, Shapes, CultureInfo.InvariantCulture, Styles, out var parsed)) return null;
        // "0001-01-01" and similar placeholders mean "no date".
        return parsed.Year < 1900 ? null : parsed.ToUniversalTime();
    }

    private const DateTimeStyles Styles =
        DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    /// <summary>Every shape, most common first. Zones are already "+hh:mm" (K also takes "Z" and nothing).</summary>
    private static readonly string[] Shapes = BuildShapes();

    private static string[] BuildShapes()
    {
        string[] iso =
        [
            "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HHK",
            "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK", "yyyyMMdd'T'HHmmssK",
        ];
        string[] days = ["d MMM yyyy", "d MMMM yyyy", "d MMM yy", "MMM d yyyy", "MMMM d yyyy", "yyyy-MM-dd", "d.M.yyyy", "yyyy/M/d", "d/M/yyyy"];
        string[] times = ["HH:mm:ss", "HH:mm", "H:mm:ss", "H:mm", "HH:mm:ss.FFFFFFF", "h:mm tt", "h:mm:ss tt"];
        var shapes = new List<string>(iso);
        foreach (var day in days)
        {
            foreach (var time in times) shapes.Add(day + " " + time + "K");
            foreach (var time in times) shapes.Add(day + " " + time + " K");
            shapes.Add(day);
        }
        return [.. shapes];
    }

    private static string Normalise(string text)
    {
        var tokens = TokenSplitter().Split(text.Trim().Replace("(", " ").Replace(")", " "));
        var kept = new List<string>(tokens.Length);
        foreach (var raw in tokens)
        {
            var token = raw.Trim(',', ';');
            if (token.Length == 0) continue;
            var word = token.TrimEnd('.').ToLowerInvariant();
            if (Weekdays.Contains(word) || Filler.Contains(word)) continue;
            if (MonthOf(word) is { } month) { kept.Add(month); continue; }
            if (ZoneOffset(word) is { } offset) { kept.Add(offset); continue; }
            kept.Add(OffsetWithColon(token));
        }
        // A zone after its own parenthesised name ("+0300 (MSK)") appears twice: keep the first.
        if (kept.Count >= 2 && IsOffset(kept[^1]) && IsOffset(kept[^2])) kept.RemoveAt(kept.Count - 1);
        return string.Join(' ', kept);
    }

    private static string? MonthOf(string word)
    {
        if (EnglishMonths.TryGetValue(word, out var english)) return english;
        if (word.Length < 3 || !IsCyrillic(word[0])) return null;
        foreach (var (stem, month) in RussianMonthStems)
            if (word.StartsWith(stem, StringComparison.Ordinal)) return month;
        return null;
    }

    private static string? ZoneOffset(string word)
    {
        if (NamedZones.TryGetValue(word, out var named)) return named;
        // "GMT+3", "UTC+03:00"
        var match = PrefixedOffset().Match(word);
        if (!match.Success) return null;
        var hours = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var minutes = match.Groups[3].Success ? int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture) : 0;
        return $"{match.Groups[1].Value}{hours:00}:{minutes:00}";
    }

    // "+0300" -> "+03:00", "+03" -> "+03:00", and the same at the end of an ISO date ("…14:05:00+0300").
    private static string OffsetWithColon(string token)
    {
        var match = token[0] is '+' or '-' ? LoneOffset().Match(token)
            : token.Contains(':') ? TrailingOffset().Match(token) // only after a time: "2026-11-24" ends in "-24"
            : Match.Empty;
        if (!match.Success) return token;
        var sb = new StringBuilder(token, 0, match.Index, token.Length + 3);
        sb.Append(match.Groups[1].Value).Append(match.Groups[2].Value).Append(':')
          .Append(match.Groups[3].Success ? match.Groups[3].Value : "00");
        return sb.ToString();
    }

    private static bool IsOffset(string token) => token.Length == 6 && token[0] is '+' or '-' && token[3] == ':';

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    [GeneratedRegex(@"[\s]+")]
    private static partial Regex TokenSplitter();

    [GeneratedRegex(@"^(?:gmt|utc|ut)([+-])(\d{1,2})(?::?(\d\d))?$")]
    private static partial Regex PrefixedOffset();

    [GeneratedRegex(@"^([+-])(\d\d):?(\d\d)?$")]
    private static partial Regex LoneOffset();

    [GeneratedRegex(@"(?<=\d)([+-])(\d\d):?(\d\d)?$")]
    private static partial Regex TrailingOffset();

    private static readonly HashSet<string> Weekdays =
    [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "пн", "вт", "ср", "чт", "пт", "сб", "вс", "пон", "втр", "срд", "чтв", "птн", "суб", "вск",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    ];

    // "24 ноября 2026 г. в 14:05", "on 24 Nov", "at 14:05"
    private static readonly HashSet<string> Filler = ["г", "года", "год", "в", "at", "on"];

    private static readonly Dictionary<string, string> EnglishMonths = new()
    {
        ["jan"] = "Jan", ["feb"] = "Feb", ["mar"] = "Mar", ["apr"] = "Apr", ["may"] = "May", ["jun"] = "Jun",
        ["jul"] = "Jul", ["aug"] = "Aug", ["sep"] = "Sep", ["sept"] = "Sep", ["oct"] = "Oct", ["nov"] = "Nov", ["dec"] = "Dec",
        ["january"] = "Jan", ["february"] = "Feb", ["march"] = "Mar", ["april"] = "Apr", ["june"] = "Jun",
        ["july"] = "Jul", ["august"] = "Aug", ["september"] = "Sep", ["october"] = "Oct", ["november"] = "Nov", ["december"] = "Dec",
    };

    // Stems cover the nominative, genitive and abbreviated forms: «ноябрь», «ноября», «ноя», «нояб».
    private static readonly (string Stem, string Month)[] RussianMonthStems =
    [
        ("янв", "Jan"), ("фев", "Feb"), ("мар", "Mar"), ("апр", "Apr"), ("мая", "May"), ("май", "May"),
        ("июн", "Jun"), ("июл", "Jul"), ("авг", "Aug"), ("сен", "Sep"), ("окт", "Oct"), ("ноя", "Nov"), ("дек", "Dec"),
    ];

    private static readonly Dictionary<string, string> NamedZones = new()
    {
        ["z"] = "+00:00", ["ut"] = "+00:00", ["utc"] = "+00:00", ["gmt"] = "+00:00", ["wet"] = "+00:00",
        ["est"] = "-05:00", ["edt"] = "-04:00", ["cst"] = "-06:00", ["cdt"] = "-05:00",
        ["mst"] = "-07:00", ["mdt"] = "-06:00", ["pst"] = "-08:00", ["pdt"] = "-07:00",
        ["bst"] = "+01:00", ["west"] = "+01:00", ["cet"] = "+01:00", ["cest"] = "+02:00", ["eet"] = "+02:00", ["eest"] = "+03:00",
        ["msk"] = "+03:00", ["мск"] = "+03:00", ["msd"] = "+04:00", ["samt"] = "+04:00", ["yekt"] = "+05:00", ["omst"] = "+06:00",
        ["krat"] = "+07:00", ["irkt"] = "+08:00", ["yakt"] = "+09:00", ["vlat"] = "+10:00", ["magt"] = "+11:00", ["pett"] = "+12:00",
        ["jst"] = "+09:00", ["kst"] = "+09:00", ["aest"] = "+10:00", ["aedt"] = "+11:00",
    };
}
