using System.Text;

namespace Svodka.Core.Entities;

/// <summary>Russian to Latin letters for slugs and fallback English names (a simple, stable scheme, not GOST).</summary>
internal static class Transliteration
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya",
    };

    /// <summary>«Вячеслав Гладков» → «vyacheslav-gladkov».</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var raw in text.ToLowerInvariant())
        {
            if (Letters.TryGetValue(raw, out var latin)) sb.Append(latin);
            else if (raw is (>= 'a' and <= 'z') or (>= '0' and <= '9')) sb.Append(raw);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>«Вячеслав Гладков» → «Vyacheslav Gladkov».</summary>
    public static string Name(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word =>
        {
            var slug = Slug(word);
            return slug.Length == 0 ? word : char.ToUpperInvariant(slug[0]) + slug[1..];
        }));
}
