using AngleSharp.Dom;
using Svodka.Ingest.Extraction.Metadata;

namespace Svodka.Ingest.Extraction.Content;

/// <summary>
/// Takes the furniture out of the chosen container while keeping what belongs to the text (lists,
/// quotes, subheadings, tables of data): «Читайте также» blocks with their links, share bars, link
/// lists, bylines and datelines, picture credits, the headline repeated above the text, and blocks
/// that by their mix of links, images, inputs and paragraphs are widgets rather than prose.
/// </summary>
internal sealed class ContentCleaner(ContentScorer scorer, CleaningPass pass)
{
    private static readonly HashSet<string> ConditionalTags = new(StringComparer.Ordinal)
    {
        "div", "section", "table", "ul", "ol", "form", "aside", "fieldset", "figure", "header", "footer", "dl", "center",
    };

    public void Clean(IElement container, string? title)
    {
        RemoveReadAlsoBlocks(container);
        RemoveTitleRepeat(container, title);
        RemoveCreditsAndBylines(container);
        var stats = new TextStatsTable(container);
        if ((pass & CleaningPass.CleanConditionally) != 0) CleanConditionally(container, stats);
        RemoveEmptyBlocks(container);
        RemoveTrailingHeadings(container);
        RemoveLeadingFurniture(container);
    }

    /// <summary>Reading time, bylines, credits and ad notices above the first paragraph.</summary>
    private static void RemoveLeadingFurniture(IElement container)
    {
        for (var i = 0; i < 6; i++)
        {
            var first = FirstTextBlock(container);
            if (first is null || first == container) return;
            var text = first.TextContent.Trim();
            if (text.Length > 120 || !Boilerplate.LeadingFurniture().IsMatch(text)) return;
            first.Remove();
        }
    }

    private static IElement? FirstTextBlock(IElement container)
    {
        var current = container;
        while (true)
        {
            IElement? next = null;
            for (var child = current.FirstElementChild; child is not null; child = child.NextElementSibling)
                if (!string.IsNullOrWhiteSpace(child.TextContent)) { next = child; break; }
            if (next is null) return current;
            if (current.FirstChild is IText head && !string.IsNullOrWhiteSpace(head.Data)) return current;
            if (next.LocalName is "a" or "strong" or "b" or "em" or "i" or "span" or "time") return current;
            current = next;
        }
    }

    /// <summary>
    /// A heading or a «…:» line left at the very end introduced something that is gone (related posts,
    /// comments, a form): without what follows it is not text. Short closing lines about comments,
    /// newsletters, sharing, copyright or the author are furniture too.
    /// </summary>
    private static void RemoveTrailingHeadings(IElement container)
    {
        for (var i = 0; i < 8; i++)
        {
            var last = LastTextBlock(container);
            if (last is null || last == container) return;
            var text = last.TextContent.Trim();
            var dangling = (last.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && text.Length <= 100)
                           || (text.Length <= 80 && text.EndsWith(':'))
                           || (text.Length <= 120 && Boilerplate.ReadAlsoOpening().IsMatch(text))
                           || (text.Length <= 200 && Boilerplate.TrailingFurniture().IsMatch(text));
            if (!dangling) return;
            last.Remove();
        }
    }

    private static IElement? LastTextBlock(IElement container)
    {
        var current = container;
        while (true)
        {
            IElement? next = null;
            for (var child = current.LastElementChild; child is not null; child = child.PreviousElementSibling)
                if (!string.IsNullOrWhiteSpace(child.TextContent)) { next = child; break; }
            if (next is null) return current;
            // Stop at a block whose own text follows its last child element: that block is the last line.
            if (current.LastChild is IText tail && !string.IsNullOrWhiteSpace(tail.Data)) return current;
            if (next.LocalName is "a" or "strong" or "b" or "em" or "i" or "span") return current;
            current = next;
        }
    }

    /// <summary>A short block opening with «Читайте также», "Related" …, and the link list it introduces.</summary>
    private static void RemoveReadAlsoBlocks(IElement container)
    {
        foreach (var element in container.QuerySelectorAll("p, div, h2, h3, h4, h5, h6, strong, b, span, section, li, dt").ToList())
        {
            if (element.ParentElement is null) continue;
            var text = element.TextContent;
            if (text.Length > 300 || !Boilerplate.ReadAlsoOpening().IsMatch(text.TrimStart())) continue;
            if (element.LocalName is "strong" or "b" or "span" && element.ParentElement is { } parent && parent != container
                && parent.TextContent.Length < 300)
            {
                RemoveWithFollowingLinks(parent);
                continue;
            }
            RemoveWithFollowingLinks(element);
        }
    }

    private static void RemoveWithFollowingLinks(IElement element)
    {
        var next = element.NextElementSibling;
        element.Remove();
        if (next is null) return;
        var links = next.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        var chars = next.TextContent.Length;
        if (chars > 0 && links >= chars * 0.5 && next.LocalName is "ul" or "ol" or "div" or "p" or "section") next.Remove();
    }

    private static void RemoveTitleRepeat(IElement container, string? title)
    {
        foreach (var heading in container.QuerySelectorAll("h1").ToList()) heading.Remove();
        if (string.IsNullOrEmpty(title)) return;
        var squashedTitle = Squash(title);
        var first = container.QuerySelector("h2, h3");
        if (first is not null && squashedTitle.Length > 0 && Squash(first.TextContent) == squashedTitle) first.Remove();
    }

    private static void RemoveCreditsAndBylines(IElement container)
    {
        foreach (var caption in container.QuerySelectorAll("figcaption, .caption, [class*=credit], [class*=copyright]").ToList())
        {
            var text = caption.TextContent.Trim();
            if (caption.LocalName != "figcaption" || Boilerplate.CreditCaption().IsMatch(text) || text.Length < 3) caption.Remove();
        }
        foreach (var element in container.QuerySelectorAll("time, address, [class*=byline], [class*=author], [class*=date], [class*=dateline], [rel=author], [itemprop=author], [class*=meta]").ToList())
        {
            if (element.ParentElement is null || element == container) continue;
            var text = element.TextContent;
            if (text.Length > 200 || element.QuerySelectorAll("p").Length > 1) continue;
            element.Remove();
        }
        // A block that is nothing but a date («31. Mai 2012», «24 ноября 2026, 14:05») is a dateline.
        foreach (var element in container.QuerySelectorAll("p, div, span").ToList())
        {
            var text = element.TextContent.Trim();
            if (text.Length is > 0 and < 40 && ArticleDates.ParseWritten(text, TimeZoneInfo.Utc) is not null
                && text.Count(char.IsLetter) < 16) element.Remove();
        }
    }

    private void CleanConditionally(IElement container, TextStatsTable stats)
    {
        // Deepest and last first, so a parent is judged after its furniture children are gone.
        var candidates = container.QuerySelectorAll("*").Where(e => ConditionalTags.Contains(e.LocalName)).Reverse().ToList();
        foreach (var element in candidates)
            if (element.ParentElement is not null && IsWidget(element, stats[element])) stats.Remove(element);
        foreach (var heading in container.QuerySelectorAll("h2, h3, h4, h5, h6").ToList())
            if (stats[heading].LinkDensity > 0.5) stats.Remove(heading);
    }

    private bool IsWidget(IElement element, TextStats s)
    {
        if (element.Closest("pre, code") is not null || IsDataTable(element)) return false;
        var weight = scorer.ClassWeight(element);
        var score = scorer.Scores.GetValueOrDefault(element);
        if (weight + score < 0) return true;
        if (s.Commas >= 10) return false;
        if (s.Headings > 0 && s.Paragraphs == 0 && element.LocalName is not "header" && OnlyHeadings(element, s)) return true;

        var isList = element.LocalName is "ul" or "ol" || (s.ListItems > 0 && s.Chars > 0 && ListShare(element) > 0.9);
        var paragraphs = s.Paragraphs;
        var listItems = s.ListItems - 100;
        var inFigure = element.LocalName == "figure" || element.Closest("figure") is not null;
        if (s.Images > 1 && paragraphs < s.Images * 0.5 && !inFigure && s.Chars < 200) return true;
        if (!isList && listItems > paragraphs) return true;
        if (s.Inputs > paragraphs / 3) return true;
        if (!isList && s.Headings * 1.0 / Math.Max(1, s.Chars / 30) < 0.9 && s.Chars < 25 && (s.Images == 0 || s.Images > 2) && s.LinkDensity > 0)
            return true;
        if (!isList && weight < 25 && s.LinkDensity > 0.2 && s.Chars < 1000) return true;
        if (weight >= 25 && s.LinkDensity > 0.5) return true;
        if (isList && s.LinkDensity > 0.5 && s.ListItems > 0 && s.Chars / s.ListItems < 120) return true;
        return (s.Embeds == 1 && s.Chars < 75) || s.Embeds > 1;
    }

    /// <summary>A box whose only text is a heading: what it headed was removed or is filled in by script.</summary>
    private static bool OnlyHeadings(IElement element, TextStats s)
    {
        var headingChars = element.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Sum(h => h.TextContent.Count(c => !char.IsWhiteSpace(c)));
        return headingChars >= s.Chars * 0.9;
    }

    private static double ListShare(IElement element)
    {
        var all = element.TextContent.Length;
        if (all == 0) return 0;
        var inLists = element.QuerySelectorAll("ul, ol").Where(l => l.ParentElement?.Closest("ul, ol") is null).Sum(l => l.TextContent.Length);
        return (double)inLists / all;
    }

    /// <summary>A table of figures, not a layout table: it has a caption, header cells or many rows of short cells.</summary>
    private static bool IsDataTable(IElement element)
    {
        if (element.LocalName != "table") return false;
        if (element.GetAttribute("role") == "presentation") return false;
        if (element.QuerySelector("caption, th, thead") is not null) return true;
        var rows = element.QuerySelectorAll("tr").Length;
        return rows >= 3 && element.QuerySelector("table") is null;
    }

    private static void RemoveEmptyBlocks(IElement container)
    {
        foreach (var element in container.QuerySelectorAll("p, div, section, span, li, ul, ol, h2, h3, h4, h5, h6, blockquote, figure").Reverse().ToList())
        {
            if (element.QuerySelector("img, iframe, video, picture") is not null) continue;
            if (string.IsNullOrWhiteSpace(element.TextContent)) element.Remove();
        }
    }

    private static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
