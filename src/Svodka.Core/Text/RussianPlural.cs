namespace Svodka.Core.Text;

/// <summary>
/// Russian count words: «1 источник», «3 источника», «5 источников», «21 источник», «11 источников».
/// The rule looks at the last two digits, since 11–14 take the «many» form whatever their last digit.
/// </summary>
public static class RussianPlural
{
    /// <summary>The form for <paramref name="count"/>: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25–30, 11–14).</summary>
    public static string Choose(long count, string one, string few, string many)
    {
        var n = Math.Abs(count) % 100;
        if (n is >= 11 and <= 14) return many;
        return (n % 10) switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }

    /// <summary>«5 источников»: the number, a space and the form.</summary>
    public static string Count(long count, string one, string few, string many) =>
        $"{count} {Choose(count, one, few, many)}";
}
