using Svodka.Core.Text;

namespace Svodka.Core.Entities;

/// <summary>One word of an article with what the context rules look at.</summary>
internal readonly record struct ArticleWord(
    string Folded, bool Capitalized, bool SentenceStart, bool InTitle, bool InLead, bool Dateline, TokenKind Kind, char BeforeChar, char AfterChar);

/// <summary>
/// The title and text as one list of words (title first), each marked: capitalised, at a sentence start, in a
/// dateline («МОСКВА, 2 окт - РИА Новости»), and the characters just outside it (quotes mark names of
/// teams and firms: ФК «Краснодар»).
/// </summary>
internal static class ArticleWords
{
    /// <summary>Characters from the start of the text in which an all-capitals place opening a line before a comma is a dateline.</summary>
    private const int DatelineReach = 1000;

    public static List<ArticleWord> Of(string? title, string? text)
    {
        var words = new List<ArticleWord>(256);
        Add(words, TextNormalizer.Normalize(title), inTitle: true);
        Add(words, TextNormalizer.Normalize(text), inTitle: false);
        return words;
    }

    /// <summary>The lead: what the article is about is named here; later mentions may be in passing.</summary>
    private const int LeadChars = 400;

    private static void Add(List<ArticleWord> words, string text, bool inTitle)
    {
        if (text.Length == 0) return;
        Span<char> buffer = stackalloc char[128];
        foreach (var token in Tokenizer.Scan(text))
        {
            if (token.Kind == TokenKind.Number || token.Length > buffer.Length) continue;
            var surface = text.AsSpan(token.Offset, token.Length);
            var n = TextNormalizer.FoldCase(surface, buffer);
            var before = token.Offset > 0 ? text[token.Offset - 1] : '\n';
            var end = token.Offset + token.Length;
            var after = end < text.Length ? text[end] : '\n';
            var allCaps = token.Kind == TokenKind.Abbreviation || IsAllCaps(surface);
            var dateline = !inTitle && token.Offset < DatelineReach && allCaps && surface.Length >= 3 && NextNonSpace(text, end) == ',' && OnlyWordsBeforeOnLine(text, token.Offset);
            words.Add(new ArticleWord(new string(buffer[..n]), char.IsUpper(surface[0]), IsSentenceStart(text, token.Offset),
                inTitle, inTitle || token.Offset < LeadChars, dateline, token.Kind, before, after));
        }
    }

    private static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    private static char NextNonSpace(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length ? text[i] : '\n';
    }

    /// <summary>The dateline opens a paragraph (the lead may follow a subtitle): only words before it on its line.</summary>
    private static bool OnlyWordsBeforeOnLine(string text, int offset)
    {
        for (var i = offset - 1; i >= 0 && text[i] != '\n'; i--)
            if (!(char.IsLetter(text[i]) || text[i] is ' ' or '-')) return false;
        return true;
    }

    private static bool IsSentenceStart(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] is ' ' or '"' or '\'' or '-' or '(' or '«') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':';
    }
}
