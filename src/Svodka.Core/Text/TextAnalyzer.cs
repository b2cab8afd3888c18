namespace Svodka.Core.Text;

/// <summary>
/// The one road from text to index terms that classification, clustering and search share: normalise,
/// tokenise, fold (lower case, ё→е), drop stop words and one-letter words, stem. Numbers are left out
/// unless asked for: they tie unrelated stories together more often than they separate them.
/// </summary>
public static class TextAnalyzer
{
    public static List<string> Terms(string? text, string lang, bool includeNumbers = false)
    {
        var terms = new List<string>();
        AddTerms(text, lang, terms, includeNumbers);
        return terms;
    }

    /// <summary>Appends the terms of <paramref name="text"/> to <paramref name="terms"/> (to build one list from title and body).</summary>
    public static void AddTerms(string? text, string lang, List<string> terms, bool includeNumbers = false)
    {
        if (!string.IsNullOrEmpty(text)) AddNormalizedTerms(TextNormalizer.Normalize(text), lang, terms, includeNumbers);
    }

    /// <summary>Appends the terms of the first <paramref name="length"/> characters of a text (<see cref="TextNormalizer.NormalizeHead"/>).</summary>
    public static void AddHeadTerms(string? text, int length, string lang, List<string> terms)
    {
        if (!string.IsNullOrEmpty(text)) AddNormalizedTerms(TextNormalizer.NormalizeHead(text, length), lang, terms, includeNumbers: false);
    }

    private static void AddNormalizedTerms(string normalized, string lang, List<string> terms, bool includeNumbers)
    {
        var stemmer = Stemmer.ForThisThread(lang);
        var abbreviations = Stemmer.ForThisThread("");
        var stopWords = StopWords.Lookup(lang);
        Span<char> buffer = stackalloc char[128];
        foreach (var token in Tokenizer.Scan(normalized))
        {
            if (token.Kind == TokenKind.Number)
            {
                if (includeNumbers) terms.Add(normalized.Substring(token.Offset, token.Length));
                continue;
            }
            var surface = normalized.AsSpan(token.Offset, token.Length);
            if (surface.Length > buffer.Length) continue; // not a word a reader searches for
            var n = TextNormalizer.FoldCase(surface, buffer);
            var folded = buffer[..n];
            if (folded.Length > 0 && folded[^1] == '.') folded = folded[..^1]; // «ул.» is «ул»
            if (folded.Length < 2 || (stopWords is { } stop && stop.Contains(folded))) continue;
            terms.Add(token.Kind == TokenKind.Abbreviation ? abbreviations.Stem(folded) : stemmer.Stem(folded));
        }
    }
}
