namespace Svodka.Core.Text;

/// <summary>
/// Splits text into sentences at line breaks and at '.', '!', '?', '…' that end one. A dot does not end a
/// sentence after an initial («А. Пушкин»), a known abbreviation («ул. Ленина», «т.е.») or inside a number;
/// «в 2023 г. В Москве» does split. Paragraphs glued without a space («Кошановым.Ключевой») are split too:
/// feeds and portals lose the space between paragraphs often enough to matter.
/// </summary>
public static class SentenceSplitter
{
    public static List<string> Split(string? text)
    {
        var sentences = new List<string>();
        if (string.IsNullOrEmpty(text)) return sentences;
        foreach (var range in SplitRanges(text))
            sentences.Add(text[range]);
        return sentences;
    }

    /// <summary>Where each sentence stands in <paramref name="text"/>, trimmed of surrounding spaces.</summary>
    public static List<Range> SplitRanges(ReadOnlySpan<char> text)
    {
        var ranges = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int end; // exclusive end of the sentence when one ends here
            if (c is '\n' or '\r')
            {
                end = i;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is '.' or '!' or '?' or '…') j++;
                while (j < text.Length && text[j] is '"' or '\'' or ')' or '»' or '“' or '”') j++;
                if (!EndsHere(text, i, j)) continue;
                end = j;
                i = j - 1;
            }
            else continue;

            Add(ranges, text, start, end);
            start = end;
        }
        Add(ranges, text, start, text.Length);
        return ranges;
    }

    /// <summary>Whether the terminal mark at <paramref name="mark"/> (run ending at <paramref name="after"/>) ends a sentence.</summary>
    private static bool EndsHere(ReadOnlySpan<char> text, int mark, int after)
    {
        if (after >= text.Length) return true;
        var next = text[after];
        var glued = !char.IsWhiteSpace(next);
        var k = after;
        while (k < text.Length && text[k] == ' ') k++;
        if (k >= text.Length) return true;
        var first = text[k];
        if (first is '"' or '«' or '“' or '„' or '(' or '-' or '—' && !glued)
        {
            // «…сказал он. "Мы…» and «…он. — Мы…»: a quote or dash opens the next sentence.
            var m = k + 1;
            while (m < text.Length && text[m] is ' ' or '"' or '«' or '“' or '„') m++;
            if (m < text.Length) first = text[m];
        }
        if (!(char.IsUpper(first) || char.IsDigit(first) && !glued)) return false;

        if (text[mark] != '.' || after - mark > 1) return true;

        // A single dot: look at the word before it.
        var wordEnd = mark;
        var wordStart = wordEnd;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '.' or '-')) wordStart--;
        var word = text[wordStart..wordEnd];
        if (word.IsEmpty) return true;
        if (glued)
        {
            // «Кошановым.Ключевой» splits; «А.С.Пушкин», «ria.Ru» and «1.Ответ» do not.
            return word.Length >= 3 && char.IsLower(word[^1]) && word.IndexOf('.') < 0;
        }
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial
        if (word.IndexOf('.') >= 0) return !IsDottedAbbreviation(word); // «т.е.» / «U.S.»
        if (Abbreviations.IsNeverFinal(word)) return false;
        if (Abbreviations.IsUnitAfterNumber(word)) return PrecededByNumber(text, wordStart);
        return true;
    }

    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (var part in word.ToString().Split('.', StringSplitOptions.RemoveEmptyEntries))
            if (part.Length > 3) return false;
        return true;
    }

    private static bool PrecededByNumber(ReadOnlySpan<char> text, int wordStart)
    {
        var k = wordStart - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k >= 0 && char.IsDigit(text[k]);
    }

    private static void Add(List<Range> ranges, ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) ranges.Add(start..end);
    }
}
