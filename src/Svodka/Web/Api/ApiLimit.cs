using System.Globalization;

namespace Svodka.Web.Api;

/// <summary>The page size a list request asked for: 1 to 100, 20 when not given.</summary>
public static class ApiLimit
{
    public const int Default = 20, Max = 100;

    public static int Read(string? limit)
    {
        if (limit is null) return Default;
        if (!int.TryParse(limit, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            throw ApiProblem.BadRequest($"limit must be a whole number between 1 and {Max}, not '{Shorten(limit)}'");
        if (n is < 1 or > Max) throw ApiProblem.BadRequest($"limit must be between 1 and {Max}, not {n}");
        return n;
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
