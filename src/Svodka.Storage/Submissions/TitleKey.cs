using System.Security.Cryptography;
using System.Text;
using Svodka.Core.Text;

namespace Svodka.Storage.Submissions;

/// <summary>A headline as the duplicate check compares it: case, ё, quotes, dashes and punctuation folded away.</summary>
public static class TitleKey
{
    /// <summary>Hex characters of <see cref="Hash"/>.</summary>
    public const int HashLength = 32;

    public static string Of(string title)
    {
        // Cleaned as stored first: Unicode normalisation throws on the unpaired surrogates a hostile feed carries.
        var folded = TextNormalizer.FoldCase(TextNormalizer.Normalize(Writing.StoredText.CleanNotNull(title)));
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) key.Append(c);
            else if (key.Length > 0 && key[^1] != ' ') key.Append(' ');
        }
        return key.ToString().TrimEnd();
    }

    /// <summary>
    /// The key as a short fixed-length value an index can hold (a headline may be longer than a b-tree entry),
    /// stored with every article; null when the headline folds to nothing, which matches no other.
    /// </summary>
    public static string? Hash(string title) => HashOfKey(Of(title));

    /// <summary><see cref="Hash"/> of a headline already folded by <see cref="Of"/>.</summary>
    public static string? HashOfKey(string key) =>
        key.Length == 0 ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..HashLength];
}
