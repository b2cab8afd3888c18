using System.Text;

namespace Svodka.Demo;

/// <summary>Escapes text for HTML. Only the five markup characters: Cyrillic and typography stay as they are.</summary>
internal static class Html
{
    public static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return sb.ToString();
    }
}
