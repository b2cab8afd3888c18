using System.Text;
using Svodka.Core.Text;

namespace Svodka.Core.Classify.Features;

/// <summary>
/// The document the models read: <see cref="TextAnalyzer"/> stems of the title and of the start of the body,
/// as one space-separated string. Title stems appear twice, plain and with a "t_" prefix, because a headline
/// names the subject while a body wanders (a sports report quotes a governor, an economy piece a footballer's
/// salary); the model learns how much more a title word counts. Only the start of the body is read: the lead
/// says what an article is about, and a long tail costs time without changing the rubric.
/// </summary>
public static class ArticleTerms
{
    public const string TitlePrefix = "t_";

    public static string Document(string? title, string? text, string language, int maxBodyChars)
    {
        var terms = new List<string>(64);
        TextAnalyzer.AddTerms(title, language, terms);
        var titleCount = terms.Count;
        TextAnalyzer.AddTerms(Lead(text, maxBodyChars), language, terms);

        var sb = new StringBuilder(terms.Count * 10 + titleCount * 3);
        for (var i = 0; i < terms.Count; i++)
        {
            if (sb.Length > 0) sb.Append(' ');
            if (i < titleCount) sb.Append(TitlePrefix).Append(terms[i]).Append(' ');
            sb.Append(terms[i]);
        }
        return sb.ToString();
    }

    /// <summary>The first <paramref name="maxChars"/> characters of the text, cut at a space so no word is halved.</summary>
    internal static string? Lead(string? text, int maxChars)
    {
        if (text is null || text.Length <= maxChars) return text;
        var cut = text.LastIndexOf(' ', maxChars);
        return text[..(cut > maxChars / 2 ? cut : maxChars)];
    }
}
