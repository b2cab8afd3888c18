using AngleSharp.Dom;

namespace Svodka.Ingest.Sanitizing;

/// <summary>
/// Clean plain text of HTML, with paragraph breaks ("\n\n") between blocks and line breaks between
/// list items, table rows and &lt;br&gt; lines, so adjacent blocks never run together; sentences that
/// arrive already glued are repaired (<see cref="RepairGluedSentences"/>). Used for articles and feed summaries.
/// </summary>
public static class PlainText
{
    private static readonly HashSet<string> Invisible = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object", "embed",
        "select", "option", "button", "input", "textarea", "video", "audio", "canvas", "map", "img", "picture",
        "meta", "link", "base", "frame", "frameset", "noframes", "datalist",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "nav",
        "ol", "p", "pre", "section", "table", "ul", "center", "caption", "summary", "legend", "body", "html",
        "menu", "dir", "listing", "thead", "tbody", "tfoot",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.Ordinal) { "li", "dt", "dd", "tr", "option" };

    public static string FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.AsSpan().IndexOfAny('<', '&') < 0) return FromPlain(html);
        return FromNode(HtmlParsing.Fragment(html));
    }

    public static string RepairGluedSentences(string text) => GluedSentences.Repair(text);

    /// <summary>The text of a node's subtree; <paramref name="skip"/> leaves out elements (captions, credits) the caller decides against.</summary>
    internal static string FromNode(INode root, Func<IElement, bool>? skip = null)
    {
        var text = new TextBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        var preformatted = 0;
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText t)
            {
                text.Append(t.Data, preformatted > 0);
                continue;
            }
            if (node is not IElement element) continue;
            var name = element.LocalName;
            if (exit)
            {
                if (name == "pre") preformatted--;
                Separate(text, name);
                continue;
            }
            if (Invisible.Contains(name) || (skip is not null && skip(element))) continue;
            if (name == "br") { text.LineBreak(); continue; }
            Separate(text, name);
            if (name == "pre") preformatted++;
            stack.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], false));
        }
        return Finish(text.ToString());
    }

    private static void Separate(TextBuilder text, string name)
    {
        if (Blocks.Contains(name)) text.Paragraph();
        else if (Lines.Contains(name)) text.Line();
        else if (name is "td" or "th") text.Space();
    }

    /// <summary>Plain text as given: spaces inside lines collapse, blank lines become one paragraph break.</summary>
    private static string FromPlain(string plain)
    {
        var text = new TextBuilder();
        foreach (var paragraph in plain.Replace("\r\n", "\n").Split("\n\n"))
        {
            text.Paragraph();
            foreach (var line in paragraph.Split('\n'))
            {
                text.Line();
                text.Append(line);
            }
        }
        return Finish(text.ToString());
    }

    private static string Finish(string text) => GluedSentences.Repair(text.Trim());
}
