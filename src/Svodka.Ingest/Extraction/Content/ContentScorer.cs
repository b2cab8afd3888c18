using AngleSharp.Dom;

namespace Svodka.Ingest.Extraction.Content;

/// <summary>
/// Readability's idea, measured against news pages: every paragraph of real prose votes for the
/// containers around it (fully for its parent, half for the grandparent, less further up), longer and
/// comma-rich paragraphs vote more, containers named like furniture start negative, and a container's
/// score shrinks with the share of its text that sits in links.
/// </summary>
internal sealed class ContentScorer(TextStatsTable stats, bool weightClasses)
{
    private const int MinParagraphChars = 25;
    private const int AncestorLevels = 5;

    private static readonly HashSet<string> BlockChildren = new(StringComparer.Ordinal)
    {
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "form", "main", "nav", "li", "hr", "address",
    };

    public Dictionary<IElement, double> Scores { get; } = new(ReferenceEqualityComparer.Instance);

    public void Score(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*"))
        {
            var votes = VotesOf(element, out var startsAtSelf);
            if (votes <= 0) continue;
            var target = startsAtSelf ? element : element.ParentElement;
            for (var level = 0; target is not null && level < AncestorLevels; level++, target = target.ParentElement)
            {
                if (target.LocalName is "html") break;
                var share = level switch { 0 => 1.0, 1 => 0.5, _ => 1.0 / (level * 3) };
                Scores[target] = ScoreOf(target) + votes * share;
            }
        }
        foreach (var element in Scores.Keys.ToList())
            Scores[element] *= 1 - stats[element].LinkDensity;
    }

    public double ScoreOf(IElement element) =>
        Scores.TryGetValue(element, out var s) ? s : InitialScore(element);

    /// <summary>The class/id weight: −25 per furniture word list matched, +25 per content word list.</summary>
    public int ClassWeight(IElement element)
    {
        if (!weightClasses) return 0;
        var weight = 0;
        foreach (var value in new[] { element.GetAttribute("class"), element.Id })
        {
            if (string.IsNullOrEmpty(value)) continue;
            if (Boilerplate.Negative().IsMatch(value)) weight -= 25;
            if (Boilerplate.Positive().IsMatch(value)) weight += 25;
        }
        return weight;
    }

    private double InitialScore(IElement element)
    {
        double score = element.LocalName switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (element.LocalName == "article" || element.GetAttribute("itemprop") == "articleBody") score += 10;
        return score + ClassWeight(element);
    }

    /// <summary>How much a paragraph-like element votes; containers with text of their own vote from themselves.</summary>
    private double VotesOf(IElement element, out bool startsAtSelf)
    {
        startsAtSelf = false;
        int chars, commas;
        switch (element.LocalName)
        {
            case "p" or "pre" or "td":
                (chars, commas) = (stats[element].Chars, stats[element].Commas);
                break;
            case "div" or "section" or "article" or "span" or "font" or "center" or "main":
                (chars, commas) = OwnText(element);
                if (chars < MinParagraphChars) return 0;
                // Text written straight into a block (lines split by <br>) makes that block a candidate itself.
                startsAtSelf = element.LocalName is not ("span" or "font");
                if (!startsAtSelf && (element.ParentElement?.LocalName == "p" || !IsInlineOnly(element))) return 0;
                break;
            default:
                return 0;
        }
        if (chars < MinParagraphChars) return 0;
        return 1 + commas + Math.Min(chars / 100, 3);
    }

    /// <summary>Text written directly in the element (and in its inline children), not in nested blocks.</summary>
    private (int Chars, int Commas) OwnText(IElement element)
    {
        int chars = 0, commas = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                foreach (var c in text.Data)
                {
                    if (!char.IsWhiteSpace(c)) chars++;
                    if (c == ',') commas++;
                }
            }
            else if (node is IElement child && !BlockChildren.Contains(child.LocalName))
            {
                var s = stats[child];
                chars += s.Chars - s.LinkChars;
                commas += s.Commas;
            }
        }
        return (chars, commas);
    }

    private static bool IsInlineOnly(IElement element)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            if (BlockChildren.Contains(child.LocalName)) return false;
        return true;
    }
}
