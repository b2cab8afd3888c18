using Svodka.Core.Text;

namespace Svodka.Core.Stories;

/// <summary>
/// The stems of words written as names: capitalised away from a sentence start («в Омске», «матч со
/// „Спартаком“»), or acronyms («ОБСЕ», "NATO"). Two reports of one event name the same places, people and
/// organisations; two events of one kind («автобус столкнулся с грузовиком») differ mostly in exactly these
/// words, so they weigh apart from the rest. A headline in Title Case ("Djokovic Beats Dimitrov") says
/// nothing by its capitals and is read for names only where its words are capitalised in the lead too.
/// </summary>
public static class NameTerms
{
    /// <summary>
    /// Distinct name stems of the title and lead, and those of the title alone, each sorted (ordinal). A
    /// hyphenated name counts whole and by its parts («Delhi-NCR» is «delhi-ncr», «delhi» and «ncr»), so it
    /// meets the other report's «Delhi».
    /// </summary>
    public static (string[] All, string[] Title) Of(string title, string lead, string language)
    {
        var inLead = new SortedSet<string>(StringComparer.Ordinal);
        Add(lead, language, inLead, atSentenceStart: false);
        var inTitle = new SortedSet<string>(StringComparer.Ordinal);
        if (!IsTitleCase(title)) Add(title, language, inTitle, atSentenceStart: false);
        // A capital that typography explains (the title's first word, every word of a Title Case headline)
        // makes a name only when the lead writes the word as one too: «Казань показала…» with «…в Казани».
        var typographic = new SortedSet<string>(StringComparer.Ordinal);
        Add(title, language, typographic, atSentenceStart: true);
        typographic.IntersectWith(inLead);
        inTitle.UnionWith(typographic);
        var all = new SortedSet<string>(inLead, StringComparer.Ordinal);
        all.UnionWith(inTitle);
        return ([.. all], [.. inTitle]);
    }

    /// <summary>The stems of the title's acronyms («ЦБ», «МЧС», "NATO"), distinct and sorted: names a report may just as well spell out.</summary>
    public static string[] Acronyms(string title)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var normalized = TextNormalizer.Normalize(title);
        Span<char> buffer = stackalloc char[128];
        foreach (var token in Tokenizer.Scan(normalized))
        {
            if (token.Kind != TokenKind.Abbreviation || token.Length < 2 || token.Length > buffer.Length) continue;
            var surface = normalized.AsSpan(token.Offset, token.Length);
            if (!char.IsUpper(surface[0]) || !char.IsUpper(surface[^1])) continue;
            var n = TextNormalizer.FoldCase(surface, buffer);
            var folded = buffer[..n];
            if (folded.Length > 0 && folded[^1] == '.') folded = folded[..^1];
            if (folded.Length >= 2) found.Add(Stemmer.StemFolded(folded, ""));
        }
        return [.. found];
    }

    /// <param name="atSentenceStart">Take capitalised words at sentence starts too (they are checked against the lead afterwards).</param>
    private static void Add(string text, string language, SortedSet<string> names, bool atSentenceStart)
    {
        if (text.Length == 0) return;
        var normalized = TextNormalizer.Normalize(text);
        Span<char> buffer = stackalloc char[128];
        foreach (var token in Tokenizer.Scan(normalized))
        {
            if (token.Kind == TokenKind.Number || token.Length > buffer.Length) continue;
            var surface = normalized.AsSpan(token.Offset, token.Length);
            var acronym = token.Kind == TokenKind.Abbreviation && token.Length >= 2 && char.IsUpper(surface[0]) && char.IsUpper(surface[^1]);
            if (!acronym && (!char.IsUpper(surface[0]) || (!atSentenceStart && AtSentenceStart(normalized, token.Offset)))) continue;
            var n = TextNormalizer.FoldCase(surface, buffer);
            var folded = buffer[..n];
            if (folded.Length > 0 && folded[^1] == '.') folded = folded[..^1];
            if (folded.Length < 2 || StopWords.IsStopFolded(folded, language)) continue;
            var lang = token.Kind == TokenKind.Abbreviation ? "" : language;
            names.Add(Stemmer.StemFolded(folded, lang));
            if (folded.IndexOf('-') < 0) continue;
            foreach (var part in folded.ToString().Split('-'))
                if (part.Length >= 2 && !StopWords.IsStopFolded(part, language)) names.Add(Stemmer.StemFolded(part, lang));
        }
    }

    /// <summary>Most longer words capitalised: an English-style headline, whose capitals are typography.</summary>
    private static bool IsTitleCase(string title)
    {
        int words = 0, capitalised = 0;
        foreach (var token in Tokenizer.Scan(title))
        {
            if (token.Kind != TokenKind.Word || token.Length < 4) continue;
            words++;
            if (char.IsUpper(title[token.Offset])) capitalised++;
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    private static bool AtSentenceStart(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] is ' ' or '"' or '\'' or '(' or '-') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n' or ';';
    }
}
