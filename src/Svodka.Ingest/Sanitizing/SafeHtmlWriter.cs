using System.Text;
using AngleSharp.Dom;

namespace Svodka.Ingest.Sanitizing;

/// <summary>
/// Writes a DOM back out as HTML that contains nothing but an allowlist: the writer builds new markup
/// from what it recognises instead of deleting what it fears, so an unknown trick has nothing to ride on.
/// Unknown elements give up their tags and keep their text; elements that run code or load frames go
/// with their content. Walks iteratively: depth is capped on parse, but a walker must not rely on that.
/// </summary>
internal static class SafeHtmlWriter
{
    private enum Kind { Keep, Unwrap, Drop }

    /// <summary>Elements kept, with the name they are written as.</summary>
    private static readonly Dictionary<string, string> Kept = new(StringComparer.Ordinal)
    {
        ["p"] = "p", ["br"] = "br", ["hr"] = "hr", ["h1"] = "h1", ["h2"] = "h2", ["h3"] = "h3", ["h4"] = "h4",
        ["h5"] = "h5", ["h6"] = "h6", ["ul"] = "ul", ["ol"] = "ol", ["li"] = "li", ["dl"] = "dl", ["dt"] = "dt",
        ["dd"] = "dd", ["blockquote"] = "blockquote", ["q"] = "q", ["cite"] = "cite", ["pre"] = "pre",
        ["code"] = "code", ["kbd"] = "kbd", ["samp"] = "samp", ["tt"] = "code", ["em"] = "em", ["i"] = "i",
        ["strong"] = "strong", ["b"] = "b", ["u"] = "u", ["s"] = "s", ["strike"] = "s", ["del"] = "del",
        ["ins"] = "ins", ["sub"] = "sub", ["sup"] = "sup", ["small"] = "small", ["mark"] = "mark",
        ["abbr"] = "abbr", ["time"] = "time", ["a"] = "a", ["img"] = "img", ["figure"] = "figure",
        ["figcaption"] = "figcaption", ["table"] = "table", ["thead"] = "thead", ["tbody"] = "tbody",
        ["tfoot"] = "tfoot", ["tr"] = "tr", ["th"] = "th", ["td"] = "td", ["caption"] = "caption",
        ["div"] = "div", ["section"] = "div", ["article"] = "div", ["main"] = "div", ["header"] = "div",
        ["footer"] = "div", ["aside"] = "div", ["center"] = "div", ["hgroup"] = "div", ["address"] = "div",
        ["details"] = "div", ["fieldset"] = "div", ["summary"] = "p", ["legend"] = "p",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
        "meta", "link", "base", "title", "head", "svg", "math", "canvas", "audio", "video", "source", "track",
        "param", "map", "area", "input", "button", "select", "option", "optgroup", "textarea", "datalist",
        "output", "progress", "meter", "xmp", "plaintext", "noembed", "noframes", "portal", "dialog", "menu",
        "image", "wbr", "col", "colgroup", "keygen", "isindex", "bgsound", "basefont", "listing",
    };

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "br", "hr", "img" };

    /// <summary>The safe HTML of <paramref name="root"/>'s children (and of root itself when asked).</summary>
    public static string Write(INode root, Uri? baseUrl, bool includeRoot = false)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(INode Node, string? Close)>();
        if (includeRoot) stack.Push((root, null));
        else PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var (node, close) = stack.Pop();
            if (close is not null) { sb.Append(close); continue; }
            switch (node)
            {
                case IText text when string.IsNullOrWhiteSpace(text.Data):
                    // Indentation between blocks: one newline keeps the output readable, one space keeps inline words apart.
                    if (sb.Length > 0 && sb[^1] != '\n') sb.Append(text.Data.Contains('\n') ? '\n' : ' ');
                    break;
                case IText text:
                    AppendEscaped(sb, text.Data, inAttribute: false);
                    break;
                case IElement element:
                    WriteElement(sb, stack, element, baseUrl);
                    break;
            }
        }
        return sb.ToString().Trim();
    }

    private static void WriteElement(StringBuilder sb, Stack<(INode, string?)> stack, IElement element, Uri? baseUrl)
    {
        var name = element.LocalName;
        if (element.NamespaceUri is { } ns && ns != NamespaceNames.HtmlUri) return;
        if (name == "iframe" || name == "embed" || name == "object")
        {
            var link = VideoEmbeds.LinkFor(element.GetAttribute(name == "object" ? "data" : "src"), baseUrl);
            if (link is not null) WriteVideoLink(sb, link);
            return;
        }
        switch (KindOf(name))
        {
            case Kind.Drop:
                return;
            case Kind.Unwrap:
                PushChildren(stack, element);
                return;
        }
        var output = Kept[name];
        if (name == "a" && SafeUrls.Link(element.GetAttribute("href"), baseUrl) is not { } href)
        {
            PushChildren(stack, element);
            return;
        }
        string? imageSource = null;
        if (name == "img")
        {
            imageSource = SafeUrls.ImageSource(ImageSources.Best(element), baseUrl);
            if (imageSource is null || TrackingPixels.IsTrackingPixel(element, imageSource)) return;
        }
        sb.Append('<').Append(output);
        WriteAttributes(sb, element, name, baseUrl, imageSource);
        sb.Append('>');
        if (VoidElements.Contains(output)) return;
        stack.Push((element, "</" + output + ">"));
        PushChildren(stack, element);
    }

    private static Kind KindOf(string name) =>
        Kept.ContainsKey(name) ? Kind.Keep : Dropped.Contains(name) ? Kind.Drop : Kind.Unwrap;

    private static void WriteAttributes(StringBuilder sb, IElement element, string name, Uri? baseUrl, string? imageSource)
    {
        switch (name)
        {
            case "a":
                Attribute(sb, "href", SafeUrls.Link(element.GetAttribute("href"), baseUrl));
                Attribute(sb, "title", element.GetAttribute("title"));
                Attribute(sb, "rel", "nofollow noopener noreferrer");
                break;
            case "img":
                Attribute(sb, "src", imageSource);
                Attribute(sb, "alt", element.GetAttribute("alt") ?? "");
                Attribute(sb, "title", element.GetAttribute("title"));
                Attribute(sb, "width", Digits(element.GetAttribute("width")));
                Attribute(sb, "height", Digits(element.GetAttribute("height")));
                break;
            case "td" or "th":
                Attribute(sb, "colspan", Digits(element.GetAttribute("colspan")));
                Attribute(sb, "rowspan", Digits(element.GetAttribute("rowspan")));
                break;
            case "ol":
                Attribute(sb, "start", Digits(element.GetAttribute("start")));
                break;
            case "time":
                Attribute(sb, "datetime", element.GetAttribute("datetime"));
                break;
            case "abbr":
                Attribute(sb, "title", element.GetAttribute("title"));
                break;
            case "blockquote" or "q":
                Attribute(sb, "cite", SafeUrls.Link(element.GetAttribute("cite"), baseUrl));
                break;
        }
    }

    private static void WriteVideoLink(StringBuilder sb, string link)
    {
        sb.Append("<p><a href=\"");
        AppendEscaped(sb, link, inAttribute: true);
        sb.Append("\" rel=\"nofollow noopener noreferrer\">");
        AppendEscaped(sb, link, inAttribute: false);
        sb.Append("</a></p>");
    }

    private static void PushChildren(Stack<(INode, string?)> stack, INode parent)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], null));
    }

    private static void Attribute(StringBuilder sb, string name, string? value)
    {
        if (value is null) return;
        sb.Append(' ').Append(name).Append("=\"");
        AppendEscaped(sb, value, inAttribute: true);
        sb.Append('"');
    }

    private static string? Digits(string? value)
    {
        var trimmed = value?.Trim();
        return trimmed is { Length: > 0 and <= 5 } && trimmed.All(char.IsAsciiDigit) ? trimmed : null;
    }

    internal static void AppendEscaped(StringBuilder sb, string text, bool inAttribute)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"' when inAttribute: sb.Append("&quot;"); break;
                case '\'' when inAttribute: sb.Append("&#39;"); break;
                case '\0': break;
                default: sb.Append(c); break;
            }
        }
    }
}
