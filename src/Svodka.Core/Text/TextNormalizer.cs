using System.Buffers;
using System.Text;

namespace Svodka.Core.Text;

/// <summary>
/// Puts text from any publisher into one shape before it is tokenised or matched: NFC, one kind of space,
/// quote and dash, no invisible characters. <see cref="FoldCase(string)"/> adds the matching-only folds
/// (lower case, ё→е) that must never reach what a reader sees.
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// NFC; soft hyphens and zero-width characters removed; every kind of space becomes ' ' and runs of them
    /// one; CR LF becomes LF and more than one blank line becomes one; «» „“ ” become '"', ‘’ ʼ become '\'';
    /// hyphens, dashes and the minus sign become '-'; '…' becomes "...". Returns the same instance when
    /// nothing changes.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (!SurelyComposed(text) && !text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);
        return NeedsRewrite(text) ? Rewrite(text) : text;
    }

    /// <summary>
    /// <see cref="Normalize(string?)"/> of the first <paramref name="length"/> characters of a text (all of it when it is
    /// shorter), without first copying them into a string of their own: the steps that read only the start of an
    /// article (language sample, lead terms, names, MinHash words) call this.
    /// </summary>
    public static string NormalizeHead(string? text, int length)
    {
        if (text is null || length >= text.Length) return Normalize(text);
        var head = text.AsSpan(0, Math.Max(length, 0));
        if (head.IsEmpty) return string.Empty;
        if (!SurelyComposed(head)) return Normalize(new string(head));
        return NeedsRewrite(head) ? Rewrite(head) : new string(head);
    }

    /// <summary>The rewrite <see cref="Normalize(string?)"/> describes, into a pooled buffer: the only allocation is the result.</summary>
    private static string Rewrite(ReadOnlySpan<char> text)
    {
        // '…' becomes three characters; nothing else grows.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 2 * text.Count('…'));
        try
        {
            var n = 0;
            var pendingSpace = false;
            var newlines = 0;
            foreach (var c in text)
            {
                var mapped = Map(c);
                switch (mapped)
                {
                    case '\0':
                        continue;
                    case ' ':
                        pendingSpace = true;
                        continue;
                    case '\n':
                        newlines++;
                        pendingSpace = false;
                        continue;
                }
                if (n > 0)
                {
                    if (newlines > 1)
                    {
                        // Two line breaks take the place of at least two characters dropped: the buffer holds them.
                        buffer[n++] = '\n';
                        buffer[n++] = '\n';
                    }
                    else if (newlines == 1) buffer[n++] = '\n';
                    else if (pendingSpace) buffer[n++] = ' ';
                }
                newlines = 0;
                pendingSpace = false;
                if (mapped == '…')
                {
                    buffer[n++] = '.';
                    buffer[n++] = '.';
                    buffer[n++] = '.';
                }
                else buffer[n++] = mapped;
            }
            return new string(buffer, 0, n);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Whether NFC would leave the text as it is, decided without ICU for the scripts news is mostly written in:
    /// below U+0300 (ASCII, Latin-1, Latin Extended), Cyrillic without its combining marks, and general
    /// punctuation, currency signs, «№» and «™» hold no character NFC changes. Anything else (combining marks,
    /// Greek, Ohm and Ångström signs, other scripts) is left to <see cref="string.IsNormalized(NormalizationForm)"/>.
    /// </summary>
    internal static bool SurelyComposed(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < '\u0300' || c is (>= '\u0400' and <= '\u0482') or (>= '\u048A' and <= '\u04FF')
                or (>= '\u2002' and <= '\u20CF') or '\u2116' or '\u2122') continue;
            return false;
        }
        return true;
    }

    /// <summary>Lower case (invariant) and ё→е: the key under which words are compared, never shown.</summary>
    public static string FoldCase(string word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var n = FoldCase(word, buffer);
        return buffer[..n].SequenceEqual(word) ? word : new string(buffer[..n]);
    }

    /// <summary>Writes the folded form of <paramref name="source"/> into <paramref name="destination"/>
    /// (at least as long as the source) and returns its length.</summary>
    public static int FoldCase(ReadOnlySpan<char> source, Span<char> destination)
    {
        var n = 0;
        foreach (var c in source)
        {
            var lower = LowerInvariant(c);
            switch (lower)
            {
                case 'ё': lower = 'е'; break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF': continue;
                case '’' or 'ʼ' or '‘': lower = '\''; break;
                case '‐' or '‑' or '‒' or '–' or '—' or '―' or '−': lower = '-'; break;
            }
            destination[n++] = lower;
        }
        return n;
    }

    /// <summary>
    /// <see cref="char.ToLowerInvariant"/>, answered here for ASCII and the Russian alphabet: on Linux the runtime asks
    /// ICU for every non-ASCII character, one call each, and Russian text is almost all such characters.
    /// </summary>
    internal static char LowerInvariant(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        < '\u0080' => c,
        >= 'а' and <= 'я' or >= 'ѐ' and <= 'џ' => c,
        >= 'А' and <= 'Я' => (char)(c + 32),
        >= 'Ѐ' and <= 'Џ' => (char)(c + 80),
        _ => char.ToLowerInvariant(c),
    };

    private static bool NeedsRewrite(ReadOnlySpan<char> text)
    {
        if (text[0] is ' ' or '\n' || text[^1] is ' ' or '\n') return true;
        var previous = '\0';
        var newlines = 0;
        foreach (var c in text)
        {
            if (Map(c) != c || c == '…') return true;
            if (c == ' ' && previous is ' ' or '\n') return true;
            if (c == '\n' && (previous == ' ' || ++newlines > 2)) return true;
            if (c != '\n') newlines = 0;
            previous = c;
        }
        return false;
    }

    /// <summary>The replacement of one character: '\0' drops it, ' ' and '\n' are runs to collapse.</summary>
    private static char Map(char c)
    {
        if (c < 0x80)
        {
            return c switch
            {
                '\t' or '\v' or '\f' => ' ',
                '\r' => '\0', // CR LF and lone CR: LF alone carries the line break
                _ => c,
            };
        }
        return c switch
        {
            '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
            '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
            '\u2028' or '\u2029' or '\u0085' => '\n',
            '«' or '»' or '„' or '“' or '”' or '‟' or '″' or '〝' or '〞' or '＂' => '"',
            '‘' or '’' or '‚' or '‛' or '′' or 'ʼ' => '\'',
            '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' or '⁃' => '-',
            _ => c,
        };
    }
}
