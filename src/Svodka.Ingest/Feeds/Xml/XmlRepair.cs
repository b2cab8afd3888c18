using System.Text;
using static Svodka.Ingest.Feeds.Xml.XmlCharacters;

namespace Svodka.Ingest.Feeds.Xml;

/// <summary>What <see cref="XmlRepair.Repair"/> made of a feed's text.</summary>
/// <param name="Text">Well-formed enough for XmlReader (entities, bare ampersands, control characters fixed).</param>
/// <param name="Prefixes">Every element or attribute prefix seen, so undeclared ones can be declared for the reader.</param>
/// <param name="DeclaredEntity">The name of a general entity the DTD declares (billion laughs, XXE), or null.</param>
/// <param name="TooDeep">Elements nest deeper than <see cref="XmlRepair.MaxDepth"/>: no feed does, and reading such a tree costs time quadratic in its depth.</param>
internal sealed record RepairedXml(string Text, IReadOnlySet<string> Prefixes, string? DeclaredEntity, bool TooDeep);

/// <summary>
/// One pass over the text of an XML feed that fixes what real feeds get wrong before XmlReader sees it:
/// junk before <c>&lt;?xml</c>, HTML entities (<c>&amp;nbsp;</c>, <c>&amp;laquo;</c>) that XML does not know,
/// bare <c>&amp;</c>, a literal <c>&lt;</c> in text, and characters XML forbids. CDATA sections, comments and
/// processing instructions are copied untouched, because their content is literal.
/// </summary>
internal static class XmlRepair
{
    /// <summary>Real feeds nest a dozen levels, with the HTML in a description a few dozen.</summary>
    public const int MaxDepth = 256;

    // Junk before the prolog is usually a PHP warning or whitespace; past this, the prolog is not a prolog.
    private const int PrologSearchLimit = 64 * 1024;

    public static RepairedXml Repair(string text)
    {
        var start = StartOfDocument(text);
        var scan = new Scan(text, start);
        scan.Run();
        return new RepairedXml(scan.Result(), scan.Prefixes, scan.DeclaredEntity, scan.TooDeep);
    }

    private static int StartOfDocument(string text)
    {
        var prolog = text.IndexOf("<?xml", 0, Math.Min(text.Length, PrologSearchLimit), StringComparison.Ordinal);
        if (prolog >= 0) return prolog;
        var firstTag = text.IndexOf('<');
        return firstTag < 0 ? text.Length : firstTag;
    }

    private sealed class Scan(string text, int start)
    {
        private readonly StringBuilder _out = new();
        private readonly List<(string Name, bool HasChildren)> _open = [];
        private int _pos = start;
        private int _copiedUpTo = start;
        private bool _changed = start > 0;

        public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);
        public string? DeclaredEntity { get; private set; }
        public bool TooDeep { get; private set; }

        public string Result()
        {
            if (!_changed) return text;
            Flush(text.Length);
            return _out.ToString();
        }

        public void Run()
        {
            // Text between markup is most of a feed: jump over it to the next character that needs a look.
            var specials = text.AsSpan(_pos).IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 ? RepairStopsWithSurrogates : RepairStops;
            while (_pos < text.Length)
            {
                var next = text.AsSpan(_pos).IndexOfAny(specials);
                if (next < 0) break;
                _pos += next;
                var c = text[_pos];
                if (c == '<') Markup();
                else if (c == '&') Ampersand();
                else if (!IsXmlChar(c)) InvalidChar();
                else _pos++;
            }
            _pos = text.Length;
        }

        private void Markup()
        {
            if (At("<![CDATA[")) { CopyThrough("]]>", dropInvalidChars: true); return; }
            if (At("<!--")) { CopyThrough("-->", dropInvalidChars: false); return; }
            if (At("<?")) { CopyThrough("?>", dropInvalidChars: false); return; }
            if (At("<!DOCTYPE") || At("<!doctype")) { Doctype(); return; }
            var next = _pos + 1 < text.Length ? text[_pos + 1] : '\0';
            if (next == '/') { EndTag(); return; }
            if (IsNameStart(next)) { _pos++; StartTag(); return; }
            // A '<' that starts no markup is a literal less-than sign in text ("a < b").
            Replace(1, "&lt;");
        }

        private void StartTag()
        {
            var name = ReadName();
            RecordPrefix(name);
            while (_pos < text.Length)
            {
                var c = text[_pos];
                if (c == '>')
                {
                    if (text[_pos - 1] == '/') _pos++;
                    // Naked HTML in a description leaves <br> and <img> unclosed; XML needs them closed.
                    else if (HtmlVoidElements.Contains(name)) Replace(1, "/>");
                    else { _pos++; Open(name); }
                    return;
                }
                if (c == '<') return; // an unclosed tag; let the reader report it where it is
                if (c == '"' || c == '\'') { AttributeValue(c); continue; }
                if (IsNameStart(c)) { RecordPrefix(ReadName()); continue; }
                if (!IsXmlChar(c)) { InvalidChar(); continue; }
                _pos++;
            }
        }

        // An end tag that closes an element further out closes the ones left open inside it ("<p>a</description>").
        // One that matches nothing open is either stray HTML ("</p>"), dropped, or a misspelt end tag of a text
        // element ("<language>ru</langauge>"), which closes it. At the end of the text nothing is closed: a
        // truncated item must stay incomplete, so the reader drops it.
        private void EndTag()
        {
            var begin = _pos;
            _pos += 2;
            var name = ReadName();
            var close = text.IndexOf('>', _pos);
            if (close < 0) { _pos = text.Length; return; }
            _pos = close + 1;
            if (_open.Count == 0) { ReplaceRange(begin, _pos, ""); return; }
            var (top, topHasChildren) = _open[^1];
            if (top == name) { _open.RemoveAt(_open.Count - 1); return; }
            var at = _open.FindLastIndex(frame => frame.Name == name);
            if (at < 0)
            {
                var misspelt = !topHasChildren && !HtmlElements.Contains(name);
                ReplaceRange(begin, _pos, misspelt ? "</" + top + ">" : "");
                if (misspelt) _open.RemoveAt(_open.Count - 1);
                return;
            }
            var closing = new StringBuilder();
            for (var i = _open.Count - 1; i > at; i--) closing.Append("</").Append(_open[i].Name).Append('>');
            _open.RemoveRange(at, _open.Count - at);
            ReplaceRange(begin, begin, closing.ToString());
        }

        private void Open(string name)
        {
            if (_open.Count > 0) _open[^1] = (_open[^1].Name, true);
            _open.Add((name, false));
            if (_open.Count > MaxDepth) TooDeep = true;
        }

        private void AttributeValue(char quote)
        {
            _pos++;
            while (_pos < text.Length && text[_pos] != quote)
            {
                var c = text[_pos];
                if (c == '&') Ampersand();
                else if (c == '<') Replace(1, "&lt;");
                else if (!IsXmlChar(c)) InvalidChar();
                else _pos++;
            }
            if (_pos < text.Length) _pos++;
        }

        private void Ampersand()
        {
            var end = _pos + 1;
            if (end < text.Length && text[end] == '#')
            {
                CharacterReference();
                return;
            }
            while (end < text.Length && end - _pos <= 32 && IsNameChar(text[end])) end++;
            if (end > _pos + 1 && end < text.Length && text[end] == ';')
            {
                var name = text.Substring(_pos + 1, end - _pos - 1);
                if (name is "amp" or "lt" or "gt" or "quot" or "apos") { _pos = end + 1; return; }
                var decoded = HtmlEntity(name);
                // An entity neither XML nor HTML knows (&xxe; from a refused DTD, a typo) stays as literal text.
                Replace(end + 1 - _pos, decoded is null ? "&amp;" + name + ";" : NumericReference(decoded));
                return;
            }
            Replace(1, "&amp;");
        }

        private void CharacterReference()
        {
            var end = _pos + 2;
            var hex = end < text.Length && (text[end] == 'x' || text[end] == 'X');
            if (hex) end++;
            var digitsStart = end;
            while (end < text.Length && end - digitsStart < 8 && (hex ? Uri.IsHexDigit(text[end]) : char.IsAsciiDigit(text[end]))) end++;
            if (end == digitsStart || end >= text.Length || text[end] != ';')
            {
                Replace(1, "&amp;");
                return;
            }
            var digits = text.AsSpan(digitsStart, end - digitsStart);
            var ok = hex
                ? int.TryParse(digits, System.Globalization.NumberStyles.HexNumber, null, out var code)
                : int.TryParse(digits, out code);
            if (ok && IsXmlCodePoint(code)) { _pos = end + 1; return; }
            // &#1; or &#xD800; would make the reader fail; such a character carries nothing worth keeping.
            Replace(end + 1 - _pos, "");
        }

        private void Doctype()
        {
            var depth = 0;
            while (_pos < text.Length)
            {
                var c = text[_pos];
                if (c == '[') depth++;
                else if (c == ']') depth--;
                else if (c == '>' && depth <= 0) break;
                else if (c == '<' && At("<!ENTITY") && DeclaredEntity is null) DeclaredEntity = GeneralEntityName();
                else if (c == '"' || c == '\'') { var close = text.IndexOf(c, _pos + 1); _pos = close < 0 ? text.Length : close; }
                _pos++;
            }
            if (_pos < text.Length) _pos++;
        }

        // "<!ENTITY % name" declares a parameter entity (how old feeds pull in HTML's entity sets): harmless
        // with DTD processing off. "<!ENTITY name" declares one the document would expand: refused by the caller.
        private string? GeneralEntityName()
        {
            var p = _pos + "<!ENTITY".Length;
            while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
            if (p >= text.Length || text[p] == '%') return null;
            var begin = p;
            while (p < text.Length && IsNameChar(text[p])) p++;
            return p > begin ? text[begin..p] : null;
        }

        private void InvalidChar()
        {
            var c = text[_pos];
            if (char.IsHighSurrogate(c) && _pos + 1 < text.Length && char.IsLowSurrogate(text[_pos + 1]))
            {
                _pos += 2;
                return;
            }
            Replace(1, "");
        }

        private string ReadName()
        {
            var begin = _pos;
            while (_pos < text.Length && IsNameChar(text[_pos])) _pos++;
            return text[begin.._pos];
        }

        private void RecordPrefix(string qualifiedName)
        {
            var colon = qualifiedName.IndexOf(':');
            if (colon > 0) Prefixes.Add(qualifiedName[..colon]);
        }

        // CDATA is literal, but a control character in it (common in pasted article text) still breaks the reader.
        private void CopyThrough(string terminator, bool dropInvalidChars)
        {
            var at = text.IndexOf(terminator, _pos + 2, StringComparison.Ordinal);
            var end = at < 0 ? text.Length : at + terminator.Length;
            if (dropInvalidChars && text.AsSpan(_pos, end - _pos).IndexOfAny(InvalidChars) >= 0)
            {
                while (_pos < end)
                {
                    if (IsXmlChar(text[_pos])) _pos++;
                    else InvalidChar();
                }
            }
            _pos = end;
        }

        private bool At(string s) => string.CompareOrdinal(text, _pos, s, 0, s.Length) == 0;

        private void Replace(int length, string replacement)
        {
            ReplaceRange(_pos, _pos + length, replacement);
            _pos += length;
        }

        private void ReplaceRange(int start, int end, string replacement)
        {
            Flush(start);
            _out.Append(replacement);
            _copiedUpTo = end;
            _changed = true;
        }

        private void Flush(int upTo)
        {
            if (upTo > _copiedUpTo) _out.Append(text, _copiedUpTo, upTo - _copiedUpTo);
            _copiedUpTo = upTo;
        }
    }

    private static readonly HashSet<string> HtmlVoidElements = new(StringComparer.OrdinalIgnoreCase) { "br", "img", "hr", "wbr" };

    // End tags that, unmatched, are stray markup from naked HTML rather than a misspelt feed element.
    private static readonly HashSet<string> HtmlElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "i", "u", "s", "p", "em", "strong", "span", "div", "font", "small", "big", "sub", "sup", "blockquote",
        "ul", "ol", "li", "table", "tr", "td", "th", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "code",
        "figure", "figcaption", "br", "img", "hr", "center", "iframe", "video", "audio", "picture", "source",
    };
}
