using System.Text.RegularExpressions;
using Svodka.Ingest.Sanitizing;

namespace Svodka.Ingest.Extraction;

/// <summary>
/// Decides whether a feed item carries less than the whole article, so that its page is worth fetching.
/// The rule, on the longer of the item's plain text and its HTML content made plain:
/// <list type="bullet">
/// <item>fewer than 1 200 visible characters (a teaser; Russian news articles run 1 500–5 000), or</item>
/// <item>it ends in a cut-off mark: «…», «...», «[…]», «Читать далее», «Подробнее», "Read more", "Continue reading", or</item>
/// <item>fewer than 2 500 visible characters in a single paragraph (a summary, not an article laid out in paragraphs).</item>
/// </list>
/// </summary>
public static partial class ExtractionNeed
{
    public const int ShortBelowChars = 1200;
    public const int SingleParagraphBelowChars = 2500;

    public static bool FeedTextIsShort(string? feedText, string? feedHtml)
    {
        var fromText = string.IsNullOrWhiteSpace(feedText) ? "" : PlainText.FromHtml(feedText);
        var fromHtml = string.IsNullOrWhiteSpace(feedHtml) ? "" : PlainText.FromHtml(feedHtml);
        var text = VisibleChars(fromHtml) >= VisibleChars(fromText) ? fromHtml : fromText;
        var visible = VisibleChars(text);
        if (visible < ShortBelowChars) return true;
        if (CutOff().IsMatch(text)) return true;
        return visible < SingleParagraphBelowChars && !text.Contains("\n\n", StringComparison.Ordinal);
    }

    private static int VisibleChars(string text)
    {
        var n = 0;
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) n++;
        return n;
    }

    [GeneratedRegex(@"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|читать\s+далее|читать\s+полностью|подробнее|далее\s*»?|read\s+more|continue\s+reading|weiterlesen|mehr\s+lesen)\W{0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex CutOff();
}
