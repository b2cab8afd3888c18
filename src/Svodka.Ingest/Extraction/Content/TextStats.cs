using AngleSharp.Dom;

namespace Svodka.Ingest.Extraction.Content;

/// <summary>Counts under one element that content decisions weigh: text, text inside links, commas, blocks.</summary>
internal sealed class TextStats
{
    public int Chars;
    public int LinkChars;
    public int Commas;
    public int Paragraphs;
    public int Images;
    public int ListItems;
    public int Inputs;
    public int Embeds;
    public int Headings;

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public void Add(TextStats child)
    {
        Chars += child.Chars;
        LinkChars += child.LinkChars;
        Commas += child.Commas;
        Paragraphs += child.Paragraphs;
        Images += child.Images;
        ListItems += child.ListItems;
        Inputs += child.Inputs;
        Embeds += child.Embeds;
        Headings += child.Headings;
    }

    public void Subtract(TextStats child)
    {
        Chars -= child.Chars;
        LinkChars -= child.LinkChars;
        Commas -= child.Commas;
        Paragraphs -= child.Paragraphs;
        Images -= child.Images;
        ListItems -= child.ListItems;
        Inputs -= child.Inputs;
        Embeds -= child.Embeds;
        Headings -= child.Headings;
    }
}

/// <summary>
/// <see cref="TextStats"/> for every element of a subtree, computed in one iterative pass, and kept
/// right as elements are removed (a removal subtracts from every ancestor).
/// </summary>
internal sealed class TextStatsTable
{
    private readonly Dictionary<IElement, TextStats> table = new(ReferenceEqualityComparer.Instance);
    private static readonly TextStats Empty = new();

    public TextStatsTable(IElement root) => Compute(root);

    public TextStats this[IElement element] => table.GetValueOrDefault(element) ?? Empty;

    /// <summary>Removes an element from the DOM and its counts from its ancestors.</summary>
    public void Remove(IElement element)
    {
        var stats = this[element];
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            if (table.TryGetValue(parent, out var ps)) ps.Subtract(stats);
        element.Remove();
    }

    private void Compute(IElement root)
    {
        var stack = new Stack<(IElement Element, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, exit) = stack.Pop();
            if (!exit)
            {
                stack.Push((element, true));
                for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
                    stack.Push((child, false));
                continue;
            }
            var stats = new TextStats();
            var inLink = element.LocalName == "a";
            foreach (var node in element.ChildNodes)
            {
                if (node is IText text) CountText(stats, text.Data, inLink);
                else if (node is IElement child && table.TryGetValue(child, out var cs))
                {
                    stats.Add(cs);
                    if (inLink) stats.LinkChars += cs.Chars - cs.LinkChars;
                }
            }
            switch (element.LocalName)
            {
                case "p": stats.Paragraphs++; break;
                case "img" or "picture": stats.Images++; break;
                case "li": stats.ListItems++; break;
                case "input" or "select" or "textarea" or "button": stats.Inputs++; break;
                // A known video player is part of the story; any other frame or plugin is a widget.
                case "iframe" or "embed" or "object" or "video" when !Sanitizing.VideoEmbeds.IsAllowed(element.GetAttribute("src") ?? element.GetAttribute("data")):
                    stats.Embeds++;
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6": stats.Headings++; break;
            }
            table[element] = stats;
        }
    }

    private static void CountText(TextStats stats, string data, bool inLink)
    {
        var chars = 0;
        var wasSpace = true;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c)) { if (!wasSpace) chars++; wasSpace = true; continue; }
            wasSpace = false;
            chars++;
            if (c is ',' or '،' or '，') stats.Commas++;
        }
        stats.Chars += chars;
        if (inLink) stats.LinkChars += chars;
    }
}
