using System.Text;
using Svodka.Core.Text;

namespace Svodka.Storage.Submissions;

/// <summary>A headline as the duplicate check compares it: case, ё, quotes, dashes and punctuation folded away.</summary>
public static class TitleKey
{
    public static string Of(string title)
    {
        var folded = TextNormalizer.FoldCase(TextNormalizer.Normalize(title));
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) key.Append(c);
            else if (key.Length > 0 && key[^1] != ' ') key.Append(' ');
        }
        return key.ToString().TrimEnd();
    }
}
