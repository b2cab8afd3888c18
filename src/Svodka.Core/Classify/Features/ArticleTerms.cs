using System.Text;
using Svodka.Core.Text;

namespace Svodka.Core.Classify.Features;

/// <summary>
/// The document the models read: <see cref="TextAnalyzer"/> stems of the title and of the start of the body,
/// as one space-separated string. Title stems come first with a "t_" prefix (as many copies as asked), then
/// every stem plain, title and body, because a headline names the subject while a body wanders (a sports
/// report quotes a governor, an economy piece a footballer's salary); the model learns how much more a title
/// word counts. The prefixed block keeps the headline's word order, so word pairs stay headline pairs.
/// Only the start of the body is read: the lead says what an article is about, and a long tail costs time
/// without changing the rubric.
/// </summary>
public static class ArticleTerms
{
    public const string TitlePrefix = "t_";
    public const string QuestionPrefix = "q_";

    /// <summary>
    /// Words a headline opens with when it asks rather than reports («Почему…», «Сколько…», "Why…"): explainers
    /// and how-tos, mostly not news. Stemming drops them as stop words, so they are marked apart.
    /// </summary>
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "почему", "зачем", "сколько", "чем", "где", "когда", "что", "кто", "как", "какой", "какая", "какое", "какие", "каков", "куда", "откуда", "можно", "нужно", "стоит",
        "why", "what", "how", "when", "where", "which", "who", "should", "can", "is", "are", "do", "does",
    };

    public static string Document(string? title, string? text, string language, int maxBodyChars, int titleCopies = 1, bool markQuestions = false)
    {
        var terms = new List<string>(64);
        TextAnalyzer.AddTerms(title, language, terms);
        var titleCount = terms.Count;
        TextAnalyzer.AddHeadTerms(text, LeadLength(text, maxBodyChars), language, terms);

        var sb = new StringBuilder(terms.Count * 10 + titleCount * titleCopies * 12);
        if (markQuestions) AppendQuestionMarks(title, sb);
        for (var copy = 0; copy < titleCopies; copy++)
            for (var i = 0; i < titleCount; i++)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(TitlePrefix).Append(terms[i]);
            }
        foreach (var term in terms)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(term);
        }
        return sb.ToString();
    }

    /// <summary>"q_почему" for a headline opening with a question word, "q_?" for one ending with a question mark.</summary>
    private static void AppendQuestionMarks(string? title, StringBuilder sb)
    {
        var t = title.AsSpan().Trim();
        if (t.IsEmpty) return;
        var end = 0;
        while (end < t.Length && char.IsLetter(t[end])) end++;
        if (end > 0)
        {
            var first = t[..end].ToString().ToLowerInvariant();
            if (QuestionWords.Contains(first)) sb.Append(QuestionPrefix).Append(first).Append(' ');
        }
        if (t[^1] == '?') sb.Append(QuestionPrefix).Append("? ");
    }

    /// <summary>How much of the text is read: at most <paramref name="maxChars"/> characters, cut at a space so no word is halved.</summary>
    private static int LeadLength(string? text, int maxChars)
    {
        if (text is null || text.Length <= maxChars) return maxChars;
        var cut = text.LastIndexOf(' ', maxChars);
        return cut > maxChars / 2 ? cut : maxChars;
    }
}
