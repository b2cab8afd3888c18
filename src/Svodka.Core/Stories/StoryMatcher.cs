namespace Svodka.Core.Stories;

/// <summary>
/// Scores an article against a story, and a story against a story (<see cref="StorySimilarity"/>), by the
/// terms <see cref="MatchScore"/> names. Pure functions of their inputs and the IDF in force.
/// </summary>
internal static class StoryMatcher
{
    /// <summary>A story carries an entity when at least this share of its members' confidence backs it.</summary>
    private const double SalientEntityShare = 0.3;

    public static MatchScore Score(ArticleVector vector, StoryFeatures article, Story story, Func<string, double> idf, StoryClustererOptions options)
    {
        var text = Cosine(vector, story, idf);
        var coverage = Math.Min(TitleCoveredByStory(article, story, idf), StoryTitlesCoveredByArticle(vector, story, idf));
        var entities = EntityOverlap(article, story);
        var numbers = SharedNumbers(article, story);
        var conflict = DatesConflict(article.TitleNumbers, story.TitleNumbers);
        var leadConflict = !conflict && DatesConflict(article.Numbers, story.Numbers);
        var distance = Distance(article.Published, story);
        var total = text + options.CoverageWeight * coverage + options.EntityWeight * entities + options.NumberWeight * numbers
            - (conflict ? options.DateConflictPenalty : leadConflict ? options.LeadDateConflictPenalty : 0)
            - options.TimePenalty * Math.Min(1, distance / options.Window);
        return new MatchScore(text, coverage, entities, numbers, conflict ? DateConflict.Title : leadConflict ? DateConflict.Lead : DateConflict.None, distance, total);
    }

    /// <summary>How alike two stories are: their centroids' TF-IDF cosine, and entities in common.</summary>
    public static double StorySimilarity(Story a, Story b, Func<string, double> idf, StoryClustererOptions options)
    {
        var (small, large) = a.Centroid.Count <= b.Centroid.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, w) in small.Centroid)
            if (large.Centroid.TryGetValue(term, out var v))
            {
                var i = idf(term);
                dot += w * v * i * i;
            }
        var cos = dot == 0 ? 0 : dot / (Norm(a, idf) * Norm(b, idf));
        var conflict = DatesConflict(a.TitleNumbers.Keys, b.TitleNumbers);
        return cos + options.EntityWeight * StoryEntityOverlap(a, b) - (conflict ? options.DateConflictPenalty : 0);
    }

    private static double Cosine(ArticleVector vector, Story story, Func<string, double> idf)
    {
        if (vector.Norm == 0) return 0;
        var dot = 0.0;
        for (var i = 0; i < vector.Terms.Length; i++)
            if (story.Centroid.TryGetValue(vector.Terms[i], out var c))
                dot += vector.Weights[i] * c * idf(vector.Terms[i]);
        return dot == 0 ? 0 : dot / (vector.Norm * Norm(story, idf));
    }

    /// <summary>
    /// Share of the article's title (by IDF) that the story's articles say too. A term counts in full when
    /// half the members or more carry it, so one stray member does not make a large story cover everything.
    /// </summary>
    private static double TitleCoveredByStory(StoryFeatures article, Story story, Func<string, double> idf)
    {
        var members = story.Members.Count;
        double covered = 0, total = 0;
        foreach (var term in article.TitleTerms)
        {
            var w = idf(term);
            total += w;
            covered += w * Math.Min(1.0, 2.0 * story.TermMembers.GetValueOrDefault(term) / members);
        }
        return total == 0 ? 0 : covered / total;
    }

    /// <summary>Share of the story's headlines (terms weighted by IDF and by how many headlines use them) that the article says too.</summary>
    private static double StoryTitlesCoveredByArticle(ArticleVector vector, Story story, Func<string, double> idf)
    {
        double covered = 0, total = 0;
        foreach (var (term, n) in story.TitleTermMembers)
        {
            var w = idf(term) * n;
            total += w;
            if (vector.Has(term)) covered += w;
        }
        return total == 0 ? 0 : covered / total;
    }

    private static double Norm(Story story, Func<string, double> idf)
    {
        var sum = 0.0;
        foreach (var (term, c) in story.Centroid)
        {
            var w = c * idf(term);
            sum += w * w;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>Weighted Jaccard of the article's entities and the story's salient ones.</summary>
    private static double EntityOverlap(StoryFeatures article, Story story)
    {
        var members = story.Members.Count;
        var overlap = 0.0;
        var union = 0.0;
        var seen = 0;
        foreach (var (key, confidence) in article.EntityKeys())
        {
            seen++;
            var share = story.Entities.GetValueOrDefault(key) / members;
            overlap += Math.Min(confidence, share);
            union += Math.Max(confidence, share);
        }
        if (seen == 0) return 0;
        foreach (var (key, sum) in story.Entities)
        {
            var share = sum / members;
            if (share >= SalientEntityShare && !Contains(article, key)) union += share;
        }
        return union == 0 ? 0 : overlap / union;
    }

    private static double StoryEntityOverlap(Story a, Story b)
    {
        var overlap = 0.0;
        var union = 0.0;
        foreach (var key in a.Entities.Keys.Union(b.Entities.Keys))
        {
            var x = a.Entities.GetValueOrDefault(key) / a.Members.Count;
            var y = b.Entities.GetValueOrDefault(key) / b.Members.Count;
            overlap += Math.Min(x, y);
            union += Math.Max(x, y);
        }
        return union == 0 ? 0 : overlap / union;
    }

    private static bool Contains(StoryFeatures article, string key)
    {
        foreach (var (k, _) in article.EntityKeys())
            if (k == key) return true;
        return false;
    }

    /// <summary>Numbers of the article's title and lead the story's members carry too; years do not count.</summary>
    private static double SharedNumbers(StoryFeatures article, Story story)
    {
        var shared = 0;
        foreach (var n in article.Numbers)
            if (!n.StartsWith(SalientNumbers.YearPrefix, StringComparison.Ordinal) && story.Numbers.ContainsKey(n)) shared++;
        return Math.Min(1.0, shared / 2.0);
    }

    /// <summary>Both sides name calendar days and none in common: two different days' events.</summary>
    private static bool DatesConflict(IEnumerable<string> titleNumbers, IReadOnlyDictionary<string, int> storyTitleNumbers)
    {
        var anyDay = false;
        foreach (var n in titleNumbers)
        {
            if (!n.StartsWith(SalientNumbers.DayPrefix, StringComparison.Ordinal)) continue;
            if (storyTitleNumbers.ContainsKey(n)) return false;
            anyDay = true;
        }
        if (!anyDay) return false;
        foreach (var key in storyTitleNumbers.Keys)
            if (key.StartsWith(SalientNumbers.DayPrefix, StringComparison.Ordinal)) return true;
        return false;
    }

    private static TimeSpan Distance(DateTimeOffset at, Story story) =>
        at < story.First ? story.First - at : at > story.Last ? at - story.Last : TimeSpan.Zero;
}
