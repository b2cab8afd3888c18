using Svodka.Core.Text;

namespace Svodka.Core.Stories;

/// <summary>
/// The start of an article that says what happened: whole sentences up to a length. Clustering reads the
/// lead, not the whole text: later paragraphs drift into background and context shared with other events.
/// </summary>
public static class LeadText
{
    public const int DefaultChars = 400;

    public static string Of(string? text, int maxChars = DefaultChars)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var head = text.Length <= maxChars * 2 ? text : text[..(maxChars * 2)];
        var end = 0;
        foreach (var range in SentenceSplitter.SplitRanges(head))
        {
            var (offset, length) = range.GetOffsetAndLength(head.Length);
            if (offset + length > maxChars && end > 0) break;
            end = Math.Min(offset + length, maxChars);
            if (end >= maxChars) break;
        }
        if (end == 0) end = Math.Min(head.Length, maxChars);
        return head[..end].Trim();
    }
}
