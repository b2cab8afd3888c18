using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using System.Text.RegularExpressions;

namespace Svodka.Ingest.Sanitizing;

/// <summary>The one way hostile HTML becomes a DOM here: nesting capped first, no scripting, no resources loaded.</summary>
internal static class HtmlParsing
{
    private static readonly HtmlParserOptions Options = new()
    {
        // As a browser with scripts on parses: <noscript> content is raw text. Pages are written for such
        // browsers, and a <noscript> left open must not swallow the page. No script is ever run.
        IsScripting = true,
        IsKeepingSourceReferences = false,
        IsNotSupportingFrames = true,
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipProcessingInstructions = true,
    };

    // A parser per thread: cheap to keep, and nothing in AngleSharp promises that one parser may parse
    // two documents at once.
    [ThreadStatic] private static HtmlParser? parser;

    private static HtmlParser Parser => parser ??= new HtmlParser(Options);

    public static IHtmlDocument Document(string html) => Parser.ParseDocument(Prepare(html));

    private static string Prepare(string html)
    {
        try { return NestingGuard.Limit(SelfClosingRawText.Close(html)); }
        catch (RegexMatchTimeoutException) { return NestingGuard.Limit(html); }
    }

    /// <summary>A fragment (feed content, a reader's submission) parsed as the children of a &lt;body&gt;.</summary>
    public static IElement Fragment(string html)
    {
        var document = Parser.ParseDocument(string.Empty);
        var body = document.Body!;
        foreach (var node in Parser.ParseFragment(Prepare(html), body).ToArray()) body.AppendChild(node);
        return body;
    }
}
