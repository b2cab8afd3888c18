using AngleSharp.Dom;

namespace Svodka.Ingest.Extraction.Content;

/// <summary>Which of the riskier cleaning steps a pass takes; a page that comes out too short is tried again with fewer.</summary>
[Flags]
internal enum CleaningPass
{
    None = 0,
    StripUnlikely = 1,
    WeightClasses = 2,
    CleanConditionally = 4,
    All = StripUnlikely | WeightClasses | CleanConditionally,
}

/// <summary>
/// Removes from a whole page what can never be article text before anything is scored: code, styles,
/// forms' controls, hidden elements, navigation, and (in a strict pass) elements whose class, id or role
/// names them furniture. Elements that hold a known article body, and their ancestors, are never removed.
/// </summary>
internal static class PageCleaner
{
    private static readonly HashSet<string> AlwaysRemoved = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "link", "meta", "svg", "canvas", "object", "embed", "input",
        "button", "select", "textarea", "nav", "dialog", "menu", "math", "map", "audio", "source", "track",
    };

    /// <summary>
    /// Sections of a page layout that are furniture unless they hold the article. ASP.NET pages wrap the
    /// whole page in one &lt;form&gt;, so only a small form (search, subscription) goes.
    /// </summary>
    private static readonly HashSet<string> LayoutFurniture = new(StringComparer.Ordinal) { "aside", "footer", "header", "form" };

    public static void Clean(IElement body, CleaningPass pass, ISet<IElement> keep)
    {
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        for (var child = body.LastElementChild; child is not null; child = child.PreviousElementSibling) stack.Push(child);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (ShouldRemove(element, pass, keep))
            {
                doomed.Add(element);
                continue;
            }
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling) stack.Push(child);
        }
        foreach (var element in doomed) element.Remove();
    }

    private static bool ShouldRemove(IElement element, CleaningPass pass, ISet<IElement> keep)
    {
        var name = element.LocalName;
        if (name == "iframe") return !IsVideo(element);
        if (AlwaysRemoved.Contains(name)) return true;
        if (keep.Contains(element)) return false;
        if (IsHidden(element)) return true;
        if (LayoutFurniture.Contains(name)) return name is "aside" or "footer" || (name == "header" ? !HasParagraphs(element) : element.TextContent.Length < 300);
        if (Boilerplate.IsFurnitureRole(element.GetAttribute("role"))) return true;
        if ((pass & CleaningPass.StripUnlikely) == 0 || name is "body" or "a" or "article" or "main" or "p" or "table" or "tbody" or "tr" or "td" or "th" or "li" or "pre" or "code")
            return false;
        var names = Boilerplate.ClassAndId(element);
        return names.Length > 1 && Boilerplate.Unlikely().IsMatch(names) && !Boilerplate.MaybeContent().IsMatch(names)
               && !HasAncestor(element, "table", "code", "pre");
    }

    /// <summary>An article's &lt;header&gt; may hold its lead paragraph: a header with paragraphs is not furniture.</summary>
    private static bool HasParagraphs(IElement form) => form.QuerySelector("p") is not null;

    private static bool IsVideo(IElement frame) =>
        Sanitizing.VideoEmbeds.IsAllowed(frame.GetAttribute("src"));

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (element.GetAttribute("aria-hidden") == "true" && element.LocalName != "img") return true;
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style)) return false;
        var squeezed = style.Replace(" ", "").ToLowerInvariant();
        return squeezed.Contains("display:none") || squeezed.Contains("visibility:hidden");
    }

    private static bool HasAncestor(IElement element, params string[] names)
    {
        var depth = 0;
        for (var p = element.ParentElement; p is not null && depth < 8; p = p.ParentElement, depth++)
            if (names.Contains(p.LocalName)) return true;
        return false;
    }
}
