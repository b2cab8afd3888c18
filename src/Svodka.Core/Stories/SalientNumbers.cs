using System.Globalization;
using Svodka.Core.Text;

namespace Svodka.Core.Stories;

/// <summary>
/// The numbers that pin an event down: calendar days («8 ноября», "November 8") as <c>d:8.11</c>, years as
/// <c>y:2019</c>, other quantities as <c>n:150</c> («2,5» as <c>n:2.5</c>). Clock times («12:30») are left out:
/// they say when a text was written more than what happened. Two reports of one event share their numbers;
/// two weather forecasts for different days differ in exactly one.
/// </summary>
public static class SalientNumbers
{
    public const string DayPrefix = "d:";
    public const string YearPrefix = "y:";
    public const string QuantityPrefix = "n:";

    public static List<string> Of(string? text)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(text)) return found;
        var normalized = TextNormalizer.Normalize(text);
        var tokens = Spans(normalized);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Number) continue;
            if (IsClockTime(normalized, token)) continue;
            var value = normalized.Substring(token.Offset, token.Length).Replace(',', '.');
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
            {
                var month = i + 1 < tokens.Count ? MonthOf(Surface(normalized, tokens[i + 1])) : 0;
                if (month == 0 && i > 0) month = MonthOf(Surface(normalized, tokens[i - 1])); // "November 8"
                if (month > 0 && whole is >= 1 and <= 31)
                {
                    found.Add($"{DayPrefix}{whole}.{month}");
                    continue;
                }
                if (whole is >= 1900 and <= 2100 && value.Length == 4)
                {
                    found.Add(YearPrefix + value);
                    continue;
                }
            }
            found.Add(QuantityPrefix + TrimZeros(value));
        }
        return found;
    }

    /// <summary>
    /// The quantities of a text with what they count: "5|человек", "17|%", "2.5|трлн" (the unit is the next
    /// word, folded and cut to <see cref="UnitChars"/> letters, or "%"). Quantities only conflict when they
    /// count the same thing: «2,5 трлн рублей» and «10 тысяч рублей на человека» describe one plan.
    /// </summary>
    public static List<string> Quantities(string? text)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(text)) return found;
        var normalized = TextNormalizer.Normalize(text);
        var tokens = Spans(normalized);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Number || IsClockTime(normalized, token)) continue;
            var value = TrimZeros(normalized.Substring(token.Offset, token.Length).Replace(',', '.'));
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) continue; // a score "3-1", a version "1.2.3"
            string unit;
            if (token.End < normalized.Length && normalized[token.End] == '%') unit = "%";
            else if (token.End + 1 < normalized.Length && normalized[token.End] == ' ' && normalized[token.End + 1] == '%') unit = "%";
            else if (i + 1 < tokens.Count && tokens[i + 1].Kind != TokenKind.Number && tokens[i + 1].Offset - token.End <= 1)
            {
                var next = TextNormalizer.FoldCase(Surface(normalized, tokens[i + 1]).ToString());
                if (MonthOf(next) > 0) continue; // a day, not a quantity
                unit = next.Length <= UnitChars ? next : next[..UnitChars];
            }
            else continue;
            found.Add(value + "|" + unit);
        }
        return found;
    }

    /// <summary>Letters of the counted word that name the unit: enough for «человек»/«человека», "men"/"man" apart.</summary>
    public const int UnitChars = 4;

    /// <summary>The value and unit of a <see cref="Quantities"/> key.</summary>
    public static (double Value, string Unit) ParseQuantity(string key)
    {
        var bar = key.IndexOf('|');
        return (double.Parse(key.AsSpan(0, bar), NumberStyles.Float, CultureInfo.InvariantCulture), key[(bar + 1)..]);
    }

    /// <summary>The numeric value of a quantity key (<c>n:2.5</c> → 2.5); null for days and years.</summary>
    public static double? QuantityValue(string key) =>
        key.StartsWith(QuantityPrefix, StringComparison.Ordinal)
        && double.TryParse(key.AsSpan(QuantityPrefix.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v : null;

    /// <summary>The token positions of a text: the words around a number are looked at in place, and only numbers become strings.</summary>
    private static List<TokenSpan> Spans(string normalized)
    {
        var tokens = new List<TokenSpan>(64);
        foreach (var span in Tokenizer.Scan(normalized)) tokens.Add(span);
        return tokens;
    }

    private static ReadOnlySpan<char> Surface(string text, TokenSpan token) => text.AsSpan(token.Offset, token.Length);

    private static bool IsClockTime(string text, TokenSpan token)
    {
        var before = token.Offset - 1;
        var after = token.End;
        return (after < text.Length && text[after] == ':' && after + 1 < text.Length && char.IsDigit(text[after + 1]))
            || (before >= 0 && text[before] == ':' && before > 0 && char.IsDigit(text[before - 1]));
    }

    private static string TrimZeros(string value)
    {
        if (!value.Contains('.')) return value.TrimStart('0') is { Length: > 0 } t ? t : "0";
        value = value.TrimEnd('0').TrimEnd('.');
        return value.Length == 0 ? "0" : value;
    }

    private static int MonthOf(ReadOnlySpan<char> word)
    {
        // No name of a month is longer than "september".
        if (word.Length < 3 || word.Length > 16) return 0;
        Span<char> folded = stackalloc char[word.Length];
        var n = TextNormalizer.FoldCase(word, folded);
        return MonthLookup.TryGetValue(folded[..n].TrimEnd('.'), out var month) ? month : 0;
    }

    /// <summary>Every form of a month's name a date is written with: «ноября», «ноябре», "November", "Nov".</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, int> Months = BuildMonths();
    private static readonly System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static System.Collections.Frozen.FrozenDictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["январь", "января", "январе", "january", "jan"], ["февраль", "февраля", "феврале", "february", "feb"],
            ["март", "марта", "марте", "march", "mar"], ["апрель", "апреля", "апреле", "april", "apr"],
            ["май", "мая", "мае", "may"], ["июнь", "июня", "июне", "june", "jun"], ["июль", "июля", "июле", "july", "jul"],
            ["август", "августа", "августе", "august", "aug"], ["сентябрь", "сентября", "сентябре", "september", "sep", "sept"],
            ["октябрь", "октября", "октябре", "october", "oct"], ["ноябрь", "ноября", "ноябре", "november", "nov"],
            ["декабрь", "декабря", "декабре", "december", "dec"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < names.Length; m++)
            foreach (var name in names[m]) map[name] = m + 1;
        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(map, StringComparer.Ordinal);
    }
}
