using AngleSharp.Dom;

namespace Svodka.Ingest.Extraction.Content;

/// <summary>
/// Elements a page itself marks as its article, strongest mark first: microdata articleBody, then class
/// or id words CMSes give the body (entry-content, article__text, js-mediator-article…), then
/// &lt;article&gt;, then &lt;main&gt;. A mark is a hint, not a verdict: the finder weighs it against the scores.
/// </summary>
internal sealed class SemanticContainers
{
    private const int MinChars = 140;

    private readonly List<IElement>[] groups = [[], [], [], []];

    public SemanticContainers(IDocument document)
    {
        groups[0].AddRange(document.QuerySelectorAll("[itemprop~=articleBody], [itemprop~=articlebody]"));
        foreach (var element in document.QuerySelectorAll("[class], [id]"))
            if (HasContentName(element)) groups[1].Add(element);
        groups[2].AddRange(document.QuerySelectorAll("article"));
        groups[3].AddRange(document.QuerySelectorAll("main, [role=main]"));
    }

    /// <summary>The strongest-marked containers and their ancestors: page cleaning must not take them.</summary>
    public HashSet<IElement> Protected()
    {
        var keep = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var element in groups[0].Concat(groups[1]))
        {
            if (element.TextContent.Length < MinChars) continue;
            for (IElement? e = element; e is not null && keep.Add(e); e = e.ParentElement) { }
        }
        return keep;
    }

    /// <summary>
    /// The best-marked container that survived cleaning and still holds prose, with the strength of its
    /// mark (0 strongest). Several comparable body marks are articles loaded one after another (infinite
    /// scroll): the first is the page's own, unless they are siblings, parts of one body.
    /// </summary>
    public (IElement Element, int Strength)? Best(IElement body, TextStatsTable stats)
    {
        for (var strength = 0; strength < groups.Length; strength++)
        {
            var alive = groups[strength]
                .Where(e => body.Contains(e) && stats[e].Chars >= MinChars && stats[e].LinkDensity < 0.5)
                .ToList();
            if (alive.Count == 0) continue;
            var largest = alive.MaxBy(e => stats[e].Chars)!;
            var rivals = alive.Count(e => e != largest && !e.Contains(largest) && !largest.Contains(e) && stats[e].Chars >= stats[largest].Chars * 0.6);
            // Several comparable <article>s are a list of teasers, not one article.
            if (rivals > 0 && strength >= 2) continue;
            if (rivals > 0)
            {
                var outermost = alive.Where(e => !alive.Any(o => o != e && o.Contains(e))).ToList();
                // Some sites mark every paragraph as articleBody: the marks' shared parent is the body.
                if (outermost.Select(e => e.ParentElement).Distinct().Count() == 1 && outermost[0].ParentElement is { } shared && shared != body)
                    return (shared, strength);
                largest = outermost.First(e => stats[e].Chars >= stats[largest].Chars * 0.3);
                return (largest, strength);
            }
            var inner = alive.Where(e => e != largest && largest.Contains(e) && stats[e].Chars >= stats[largest].Chars * 0.8)
                .MaxBy(Depth);
            return (inner ?? largest, strength);
        }
        return null;
    }

    private static bool HasContentName(IElement element)
    {
        if (element.Id is { Length: > 0 } id && Boilerplate.ContentName().IsMatch(id)) return true;
        foreach (var token in element.ClassList)
            if (Boilerplate.ContentName().IsMatch(token)) return true;
        return false;
    }

    private static int Depth(IElement e)
    {
        var depth = 0;
        for (var p = e.ParentElement; p is not null; p = p.ParentElement) depth++;
        return depth;
    }
}
