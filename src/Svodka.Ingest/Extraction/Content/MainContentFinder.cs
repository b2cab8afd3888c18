using AngleSharp.Dom;

namespace Svodka.Ingest.Extraction.Content;

/// <summary>
/// Picks the element that holds the article. Scoring finds where the prose is; the page's own marks
/// (articleBody, entry-content, &lt;article&gt;) say where the author's container ends. The marked
/// container wins when it agrees with the prose, the scored one when the mark is too wide or too narrow.
/// When the scored one wins, sibling blocks that read like more of the same text join it.
/// </summary>
internal static class MainContentFinder
{
    public static IElement Find(IDocument document, IElement body, TextStatsTable stats, ContentScorer scorer, SemanticContainers marks)
    {
        scorer.Score(body);
        var top = TopCandidate(body, stats, scorer);
        var marked = marks.Best(body, stats);
        if (marked is { } m && Prefer(m.Element, m.Strength, top, stats)) return WithLead(m.Element, body, stats);
        if (top is null) return body;
        return WithSiblings(document, top, stats, scorer);
    }

    /// <summary>
    /// A CMS's body container often leaves out the lead paragraph and the subtitle above it; the
    /// article's container around both adds little text and almost no links, so it is taken instead,
    /// but only with what comes before the body: after the body come the author's bio, the share bar
    /// and the comments.
    /// </summary>
    private static IElement WithLead(IElement mark, IElement body, TextStatsTable stats)
    {
        var chosen = mark;
        var markChars = stats[mark].Chars;
        var parent = mark.ParentElement;
        for (var level = 0; level < 2 && parent is not null && parent != body; level++, parent = parent.ParentElement)
        {
            var s = stats[parent];
            if (s.Chars > markChars * 1.6 || s.LinkDensity > 0.15) break;
            chosen = parent;
        }
        for (var node = mark; node != chosen && node.ParentElement is { } up; node = up)
            while (node.NextSibling is { } after) after.RemoveFromParent();
        return chosen;
    }

    private static bool Prefer(IElement mark, int strength, IElement? top, TextStatsTable stats)
    {
        if (top is null || top == mark) return true;
        double markChars = stats[mark].Chars, topChars = Math.Max(1, stats[top].Chars);
        if (mark.Contains(top)) return markChars <= topChars * (strength <= 1 ? 3.0 : 2.0);
        if (top.Contains(mark))
        {
            var outside = topChars - markChars;
            var outsideLinks = stats[top].LinkChars - stats[mark].LinkChars;
            return outside < markChars * 0.5 || outsideLinks > outside * 0.35;
        }
        return markChars >= topChars * 0.7;
    }

    private static IElement? TopCandidate(IElement body, TextStatsTable stats, ContentScorer scorer)
    {
        var ranked = scorer.Scores.Where(kv => kv.Key != body).OrderByDescending(kv => kv.Value).Take(5).ToList();
        if (ranked.Count == 0) return null;
        var (top, topScore) = ranked[0];

        // Several near-equal candidates are parts of one article: take the container they share.
        var alternatives = ranked.Skip(1).Where(kv => kv.Value >= topScore * 0.75).Select(kv => kv.Key).ToList();
        if (alternatives.Count >= 2)
        {
            for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
            {
                if (alternatives.Count(parent.Contains) >= 2) { top = parent; break; }
            }
        }

        // Climb while the parent scores higher: the article is more than this one block.
        var lastScore = scorer.ScoreOf(top);
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!scorer.Scores.TryGetValue(parent, out var parentScore)) continue;
            if (parentScore < threshold) break;
            if (parentScore > lastScore) { top = parent; break; }
            lastScore = parentScore;
        }
        while (top.ParentElement is { } only && only != body && only.ChildElementCount == 1) top = only;
        return top;
    }

    /// <summary>The top candidate plus siblings that score well or read as prose, in document order.</summary>
    private static IElement WithSiblings(IDocument document, IElement top, TextStatsTable stats, ContentScorer scorer)
    {
        var parent = top.ParentElement;
        if (parent is null) return top;
        var topScore = scorer.ScoreOf(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var joined = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top) { joined.Add(sibling); continue; }
            var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (scorer.Scores.TryGetValue(sibling, out var score) && score + bonus >= threshold) { joined.Add(sibling); continue; }
            if (sibling.LocalName is "p" or "blockquote" or "ul" or "ol" or "h2" or "h3" or "h4" && ReadsAsProse(sibling, stats))
                joined.Add(sibling);
        }
        if (joined.Count == 1) return top;
        var container = document.CreateElement("div");
        foreach (var element in joined) container.AppendChild(element);
        parent.AppendChild(container);
        return container;
    }

    private static bool ReadsAsProse(IElement element, TextStatsTable stats)
    {
        var s = stats[element];
        if (s.Chars > 80) return s.LinkDensity < 0.25;
        if (element.LocalName is "h2" or "h3" or "h4") return false;
        var text = element.TextContent.TrimEnd();
        return s.Chars > 0 && s.LinkDensity == 0 && (text.EndsWith('.') || text.Contains(". "));
    }
}
