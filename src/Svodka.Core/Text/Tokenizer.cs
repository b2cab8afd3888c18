using System.Globalization;

namespace Svodka.Core.Text;

/// <summary>
/// Splits text into words, numbers and abbreviations. Hyphenated words («Нур-Султан», «из-за», «COVID-19»),
/// apostrophes inside words («м'ясо», «O'Neil»), decimal numbers («3,5») and dotted abbreviations («т.е.»)
/// stay one token; a dot glued between two words («Кошановым.Ключевой») separates them. Expects text that
/// went through <see cref="TextNormalizer.Normalize"/> (one kind of dash and apostrophe).
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string? text)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text)) return tokens;
        foreach (var span in Scan(text))
            tokens.Add(new Token(text.Substring(span.Offset, span.Length), span.Kind, span.Offset));
        return tokens;
    }

    /// <summary>The tokens' positions, without allocating: for callers that look at the text in place.</summary>
    public static TokenScanner Scan(ReadOnlySpan<char> text) => new(text);

    internal static bool IsWordChar(char c) => ClassOf(c) != CharClass.None;

    /// <summary>What the tokenizer needs to know of a character.</summary>
    [Flags]
    internal enum CharClass : byte
    {
        /// <summary>Not part of a word.</summary>
        None = 0,
        Letter = 1,
        Upper = 2,
        /// <summary>A decimal digit (of any script, as <see cref="char.IsDigit(char)"/>).</summary>
        Digit = 4,
        /// <summary>A combining mark (the stress mark U+0301 in Russian texts): it belongs to the word it sits on.</summary>
        Mark = 8,
    }

    /// <summary>
    /// <see cref="char.IsLetter(char)"/>, <see cref="char.IsUpper(char)"/> and <see cref="char.IsDigit(char)"/> in one
    /// answer, found without the Unicode tables for ASCII and the Russian alphabet: news text is almost all of these,
    /// and the runtime looks every other character up, once per question.
    /// </summary>
    internal static CharClass ClassOf(char c)
    {
        if (c < '\u0080')
        {
            if (c is >= 'a' and <= 'z') return CharClass.Letter;
            if (c is >= 'A' and <= 'Z') return CharClass.Letter | CharClass.Upper;
            return c is >= '0' and <= '9' ? CharClass.Digit : CharClass.None;
        }
        if (c is >= 'а' and <= 'я' or 'ё') return CharClass.Letter;
        if (c is >= 'А' and <= 'Я' or 'Ё') return CharClass.Letter | CharClass.Upper;
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter => CharClass.Letter | CharClass.Upper,
            UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharClass.Letter,
            UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
            UnicodeCategory.NonSpacingMark when c >= '\u0300' => CharClass.Mark,
            _ => CharClass.None,
        };
    }

    /// <summary>A ref-struct enumerator over <see cref="TokenSpan"/>s (usable in foreach).</summary>
    public ref struct TokenScanner
    {
        private readonly ReadOnlySpan<char> _text;
        private int _position;

        internal TokenScanner(ReadOnlySpan<char> text)
        {
            _text = text;
            _position = 0;
            Current = default;
        }

        public TokenSpan Current { get; private set; }

        public readonly TokenScanner GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _text;
            var i = _position;
            while (i < text.Length && !IsWordChar(text[i])) i++;
            if (i >= text.Length)
            {
                _position = i;
                return false;
            }

            var start = i;
            var segmentStart = i;
            var allDigits = true;
            var letters = 0;
            var upper = 0;
            while (true)
            {
                while (i < text.Length && ClassOf(text[i]) is var c and not CharClass.None)
                {
                    if ((c & CharClass.Digit) == 0)
                    {
                        allDigits = false;
                        if ((c & CharClass.Letter) != 0)
                        {
                            letters++;
                            if ((c & CharClass.Upper) != 0) upper++;
                        }
                    }
                    i++;
                }
                if (i + 1 >= text.Length || !IsWordChar(text[i + 1])) break;
                var joiner = text[i];
                var before = text[i - 1];
                var after = text[i + 1];
                if (joiner is '-' or '\'')
                {
                    if (joiner == '\'' && !(char.IsLetter(before) && char.IsLetter(after))) break;
                    i++;
                    segmentStart = i;
                    continue;
                }
                if (joiner is '.' or ',' && allDigits && char.IsDigit(after))
                {
                    i++;
                    segmentStart = i;
                    continue;
                }
                break;
            }

            var end = i;
            var kind = allDigits ? TokenKind.Number : TokenKind.Word;

            // A dot right after a short all-letter token: a dotted abbreviation («т.е.», «U.S.») or a known one («ул.»).
            if (!allDigits && end < text.Length && text[end] == '.' && end - start <= 4 && segmentStart == start)
            {
                var dotted = DottedAbbreviationEnd(text, start);
                if (dotted > 0)
                {
                    end = dotted;
                    kind = TokenKind.Abbreviation;
                }
                else if (Abbreviations.IsNeverFinal(text[start..end]) && !IsSingleCapital(text[start..end]))
                {
                    end++;
                    kind = TokenKind.Abbreviation;
                }
            }
            if (kind == TokenKind.Word && letters >= 2 && upper == letters && end - start <= 6 && segmentStart == start)
                kind = TokenKind.Abbreviation;

            Current = new TokenSpan(start, end - start, kind);
            _position = end;
            return true;
        }

        private static bool IsSingleCapital(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);

        /// <summary>End (after the last dot) of letters(1–3) '.' letters(1–3) '.' …, at least two segments; 0 if not.</summary>
        private static int DottedAbbreviationEnd(ReadOnlySpan<char> text, int start)
        {
            var i = start;
            var segments = 0;
            while (true)
            {
                var segment = i;
                while (i < text.Length && char.IsLetter(text[i]) && i - segment < 4) i++;
                var length = i - segment;
                if (length is 0 or > 3 || i >= text.Length || text[i] != '.') break;
                i++;
                segments++;
                if (i >= text.Length || !char.IsLetter(text[i])) break;
            }
            if (segments < 2) return 0;
            // Walk back to the last dot that closed a whole segment.
            while (i > start && text[i - 1] != '.') i--;
            return i;
        }
    }
}
