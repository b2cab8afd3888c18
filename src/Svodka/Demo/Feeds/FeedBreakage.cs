namespace Svodka.Demo.Feeds;

/// <summary>
/// Breaks a well-formed XML feed the ways real feeds break, on purpose and always the same way, so the
/// collector's recovery paths (and its error reporting) meet them in the demo.
/// </summary>
internal static class FeedBreakage
{
    /// <summary>The feed stops in the middle of the third item's description, as when an upload or a proxy cuts it off.</summary>
    public static string TruncateMidItem(string xml)
    {
        var item = 0;
        for (var i = 0; i < 3; i++)
        {
            var next = xml.IndexOf("<item", item + 1, StringComparison.Ordinal);
            if (next < 0) break;
            item = next;
        }
        var description = xml.IndexOf("<description>", item, StringComparison.Ordinal);
        var cut = description < 0 ? xml.Length / 2 : description + "<description>".Length + 60;
        cut = Math.Min(cut, xml.Length - 1);
        if (char.IsHighSurrogate(xml[cut - 1])) cut--;
        return xml[..cut];
    }

    /// <summary>
    /// HTML entities that XML does not define (&amp;nbsp; &amp;laquo; &amp;raquo;) and control characters pasted from a
    /// word processor: not well-formed XML, but every word is still there for a tolerant reader.
    /// </summary>
    public static string AddHtmlEntitiesAndControlCharacters(string xml) =>
        xml.Replace(" в ", " в&nbsp;", StringComparison.Ordinal)
            .Replace(" на ", " на&nbsp;", StringComparison.Ordinal)
            .Replace(" — ", "&nbsp;— ", StringComparison.Ordinal)
            .Replace("«", "&laquo;", StringComparison.Ordinal)
            .Replace("»", "&raquo;", StringComparison.Ordinal)
            .Replace(". ", ".\u000B", StringComparison.Ordinal)
            .Replace("</title>", "\u001F</title>", StringComparison.Ordinal);
}
