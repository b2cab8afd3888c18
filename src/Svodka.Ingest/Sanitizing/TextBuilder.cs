using System.Text;

namespace Svodka.Ingest.Sanitizing;

/// <summary>
/// Accumulates visible text with HTML's whitespace rules: runs of spaces collapse, and a break asked
/// for between two pieces of text is written once, at the strongest level asked (space, line, paragraph).
/// Block boundaries therefore always separate text, and never pile up empty lines.
/// </summary>
internal sealed class TextBuilder
{
    private enum Gap { None, Space, Line, Paragraph }

    private readonly StringBuilder sb = new();
    private Gap pending;
    private bool lastBreakWasBr;

    public int Length => sb.Length;

    public void Paragraph() => Ask(Gap.Paragraph);

    public void Line() => Ask(Gap.Line);

    public void Space() => Ask(Gap.Space);

    /// <summary>A &lt;br&gt;: a line break; two in a row are a paragraph break, as CMS editors use them.</summary>
    public void LineBreak()
    {
        if (lastBreakWasBr && pending >= Gap.Line) pending = Gap.Paragraph;
        else Ask(Gap.Line);
        lastBreakWasBr = true;
    }

    public void Append(string text, bool preserveWhitespace = false)
    {
        foreach (var c in text)
        {
            if (IsInvisible(c) || c == '\r') continue;
            if (!char.IsWhiteSpace(c)) { Flush(); sb.Append(c); }
            else if (!preserveWhitespace) Ask(Gap.Space);
            else if (c == '\n') Ask(Gap.Line);
            else { Flush(); sb.Append(' '); }
        }
    }

    public override string ToString() => sb.ToString();

    private void Ask(Gap gap)
    {
        if (gap > pending) pending = gap;
    }

    private void Flush()
    {
        if (sb.Length > 0)
        {
            switch (pending)
            {
                case Gap.Space: sb.Append(' '); break;
                case Gap.Line: sb.Append('\n'); break;
                case Gap.Paragraph: sb.Append("\n\n"); break;
            }
        }
        pending = Gap.None;
        lastBreakWasBr = false;
    }

    /// <summary>Soft hyphens, zero-width spaces and joiners, byte-order marks: present in CMS output, never meant to be seen.</summary>
    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
