using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Svodka.Core.Dedup;

/// <summary>
/// A fingerprint of what an article says: equal for the same article published under two URLs,
/// whatever the markup, case, punctuation or whitespace around the words.
/// </summary>
public static class ContentHash
{
    /// <summary>Hex of the first 16 bytes of SHA-256 over the title and body words.</summary>
    public static string Compute(string? title, string? body)
    {
        var words = new StringBuilder((title?.Length ?? 0) + (body?.Length ?? 0) + 1);
        AppendWords(words, title);
        words.Append('\n');
        AppendWords(words, body);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(words.ToString()), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    // Letters and digits only, lower case, ё folded to е, words separated by single spaces.
    private static void AppendWords(StringBuilder into, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && into.Length > 0 && into[^1] != '\n') into.Append(' ');
                pendingSpace = false;
                var lower = char.ToLower(ch, CultureInfo.InvariantCulture);
                into.Append(lower == 'ё' ? 'е' : lower);
            }
            else pendingSpace = true;
        }
    }
}
