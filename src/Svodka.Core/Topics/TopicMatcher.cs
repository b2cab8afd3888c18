using Svodka.Core.Text;

namespace Svodka.Core.Topics;

/// <summary>A topic an article is tagged with: its score and a confidence (0.5 at the threshold).</summary>
public sealed record TopicMatch(string Slug, string NameRu, string Parent, double Score, double Confidence);

/// <summary>
/// Tags an article with the topics whose cues it uses enough. One passing mention never tags: a topic needs
/// two different cues, one of them distinctive (weighted), and a score over the threshold, which grows with the article's length (a long piece
/// brushes against more words). Title hits weigh three body hits; a cue repeated in the body counts at most
/// three times. Thread-safe.
/// </summary>
public sealed class TopicMatcher(TopicTaxonomy taxonomy)
{
    private const int TitleHitWeight = 3;
    private const int MaxBodyHitsPerCue = 3;
    private const int MinDistinctCues = 2;

    /// <summary>Score a short article needs.</summary>
    public double MinScore { get; init; } = 5;
    /// <summary>Body terms per extra point of score needed.</summary>
    public double TermsPerExtraPoint { get; init; } = 250;

    /// <summary>Topics of an article from its text (analysed here with <see cref="TextAnalyzer"/>).</summary>
    public IReadOnlyList<TopicMatch> Match(string? title, string? text, string lang) =>
        Match(TextAnalyzer.Terms(title, lang), TextAnalyzer.Terms(text, lang), lang);

    /// <summary>Topics of an article from terms already computed by <see cref="TextAnalyzer.Terms"/> (what search and clustering index).</summary>
    public IReadOnlyList<TopicMatch> Match(IReadOnlyList<string> titleTerms, IReadOnlyList<string> bodyTerms, string lang)
    {
        if (!taxonomy.CuesByFirstTerm.TryGetValue(lang, out var cues)) return [];

        var hits = new Dictionary<TopicCue, (bool Title, int Body)>(ReferenceEqualityComparer.Instance);
        Scan(titleTerms, cues, hits, inTitle: true);
        Scan(bodyTerms, cues, hits, inTitle: false);
        if (hits.Count < MinDistinctCues) return [];

        var required = MinScore + bodyTerms.Count / TermsPerExtraPoint;
        var matches = new List<TopicMatch>();
        foreach (var byTopic in hits.GroupBy(h => h.Key.Topic))
        {
            // Shared words (матч, «Спартак», президент) support a topic; only a distinctive cue (weight 2+) makes one.
            if (byTopic.Count() < MinDistinctCues || !byTopic.Any(h => h.Key.Weight >= 2)) continue;
            var score = byTopic.Sum(h => h.Key.Weight * ((h.Value.Title ? TitleHitWeight : 0) + Math.Min(h.Value.Body, MaxBodyHitsPerCue)));
            if (score < required) continue;
            var topic = taxonomy.Topics[byTopic.Key];
            matches.Add(new TopicMatch(topic.Slug, topic.NameRu, topic.Parent, score, Math.Round(score / (score + required), 3)));
        }
        matches.Sort((a, b) => b.Score.CompareTo(a.Score));
        return matches;
    }

    private static void Scan(IReadOnlyList<string> terms, IReadOnlyDictionary<string, TopicCue[]> cues,
        Dictionary<TopicCue, (bool Title, int Body)> hits, bool inTitle)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (!cues.TryGetValue(terms[i], out var candidates)) continue;
            foreach (var cue in candidates)
            {
                if (!FollowsAt(terms, i, cue.Terms)) continue;
                var hit = hits.GetValueOrDefault(cue);
                hits[cue] = inTitle ? (true, hit.Body) : (hit.Title, hit.Body + 1);
            }
        }
    }

    private static bool FollowsAt(IReadOnlyList<string> terms, int start, string[] phrase)
    {
        if (start + phrase.Length > terms.Count) return false;
        for (var k = 1; k < phrase.Length; k++)
            if (!string.Equals(terms[start + k], phrase[k], StringComparison.Ordinal)) return false;
        return true;
    }
}
