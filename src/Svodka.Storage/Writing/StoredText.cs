using System.Text;

namespace Svodka.Storage.Writing;

/// <summary>
/// Makes text from the open internet storable everywhere: PostgreSQL rejects NUL in text and Npgsql
/// rejects unpaired UTF-16 surrogates, and one such item must not fail a whole feed.
/// </summary>
internal static class StoredText
{
    public static string? Clean(string? value) => value is null ? null : CleanNotNull(value);

    /// <summary>Empty or whitespace becomes null.</summary>
    public static string? CleanOptional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : CleanNotNull(value.Trim());

    public static string CleanNotNull(string value)
    {
        var span = value.AsSpan();
        if (span.IndexOf('\0') < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return value;

        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0') continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                clean.Append(c).Append(value[++i]);
                continue;
            }
            clean.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return clean.ToString();
    }
}
