namespace Svodka.Core.Stories;

/// <summary>
/// Scores an article against a story, and a story against a story (<see cref="StorySimilarity"/>), by the
/// terms <see cref="MatchScore"/> names. Pure functions of their inputs and the IDF in force.
/// </summary>
internal static class StoryMatcher
{
    /// <summary>A story carries an entity when at least this share of its members' confidence backs it.</summary>
    private const double SalientEntityShare = 0.3;

    public static MatchScore Score(ArticleVector vector, Story story, IdfTable idf, StoryClustererOptions options)
    {
        var article = vector.Article;
        Refresh(story, idf);
        var text = Cosine(vector, story);
        var coverage = Math.Min(TitleCoveredByStory(article, story, idf), StoryTitlesCoveredByArticle(vector, story));
        var names = NameAgreement(vector, story, idf);
        var entities = EntityOverlap(vector, story);
        var numbers = SharedNumbers(article, story);
        var dates = DatesConflict(article.TitleNumbers, story.TitleDays) ? DateConflict.Title
            : DatesConflict(article.Numbers, story.Days) ? DateConflict.Lead
            : DateConflict.None;
        var quantities = QuantitiesConflict(vector, story);
        var distance = Distance(article.Published, story);

        var evidence = text + options.CoverageWeight * coverage + options.EntityWeight * entities + options.NumberWeight * numbers;
        var factor = (1 - options.NamePenalty * (1 - names))
            * (dates switch { DateConflict.Title => options.DateConflictFactor, DateConflict.Lead => options.LeadDateConflictFactor, _ => 1 })
            * (quantities ? options.QuantityConflictFactor : 1);
        var total = evidence * factor - options.TimePenalty * Math.Min(1, distance / options.Window);
        return new MatchScore(text, coverage, names, entities, numbers, dates, quantities, distance, total);
    }

    /// <summary>How alike two stories are: their centroids' TF-IDF cosine, and entities in common.</summary>
    public static double StorySimilarity(Story a, Story b, IdfTable idf, StoryClustererOptions options)
    {
        Refresh(a, idf);
        Refresh(b, idf);
        var (small, large) = a.Centroid.Count <= b.Centroid.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, w) in small.Centroid)
            if (large.Centroid.TryGetValue(term, out var v))
            {
                var i = idf[term];
                dot += w * v * i * i;
            }
        var cos = dot == 0 ? 0 : dot / (a.CachedNorm * b.CachedNorm);
        var conflict = DatesConflict(a.TitleDays, b.TitleDays);
        var names = Math.Min(HeadlineNamesIn(a, b, idf), HeadlineNamesIn(b, a, idf));
        return (cos + options.EntityWeight * StoryEntityOverlap(a, b))
            * (1 - options.NamePenalty * (1 - names))
            * (conflict ? options.DateConflictFactor : 1);
    }

    /// <summary>IDF- and count-weighted share of <paramref name="from"/>'s headline names that <paramref name="to"/>'s articles mention (1 when it has none).</summary>
    private static double HeadlineNamesIn(Story from, Story to, IdfTable idf)
    {
        if (from.CachedNameMass == 0) return 1;
        var found = 0.0;
        foreach (var (name, n) in from.TitleNameMembers)
            found += idf[name] * n * Math.Min(1.0, 2.0 * to.MembersMentioning(name) / to.Members.Count);
        return found / from.CachedNameMass;
    }

    /// <summary>Recomputes the story's IDF-weighted norm and headline mass when it or the IDF epoch changed.</summary>
    private static void Refresh(Story story, IdfTable idf)
    {
        if (story.CachedEpoch == idf.Epoch && story.CachedVersion == story.Version) return;
        var sum = 0.0;
        foreach (var (term, c) in story.Centroid)
        {
            var w = c * idf[term];
            sum += w * w;
        }
        var mass = 0.0;
        foreach (var (term, n) in story.TitleTermMembers) mass += idf[term] * n;
        var names = 0.0;
        foreach (var (term, n) in story.TitleNameMembers) names += idf[term] * n;
        story.CachedNameMass = names;
        story.CachedNormSquared = sum;
        story.CachedTitleMass = mass;
        story.CachedEpoch = idf.Epoch;
        story.CachedVersion = story.Version;
    }

    private static double Cosine(ArticleVector vector, Story story)
    {
        if (vector.Norm == 0 || story.CachedNorm == 0) return 0;
        var dot = 0.0;
        for (var i = 0; i < vector.Terms.Length; i++)
            if (story.Centroid.TryGetValue(vector.Terms[i], out var c))
                dot += vector.Weights[i] * c * vector.Idfs[i];
        return dot / (vector.Norm * story.CachedNorm);
    }

    /// <summary>
    /// Share of the article's title (by IDF) that the story's articles say too. A term counts in full when
    /// half the members or more carry it, so one stray member does not make a large story cover everything.
    /// </summary>
    private static double TitleCoveredByStory(StoryFeatures article, Story story, IdfTable idf)
    {
        var members = story.Members.Count;
        double covered = 0, total = 0;
        foreach (var term in article.TitleTerms)
        {
            var w = idf[term];
            total += w;
            covered += w * Math.Min(1.0, 2.0 * story.TermMembers.GetValueOrDefault(term) / members);
        }
        return total == 0 ? 0 : covered / total;
    }

    /// <summary>Share of the story's headlines (terms weighted by IDF and by how many headlines use them) that the article says too.</summary>
    private static double StoryTitlesCoveredByArticle(ArticleVector vector, Story story)
    {
        if (story.CachedTitleMass == 0) return 0;
        var covered = 0.0;
        for (var i = 0; i < vector.Terms.Length; i++)
            if (story.TitleTermMembers.TryGetValue(vector.Terms[i], out var n)) covered += vector.Idfs[i] * n;
        return covered / story.CachedTitleMass;
    }

    /// <summary>
    /// Whether the names in one side's headline turn up on the other side: the IDF-weighted share of the
    /// article's headline names the story's articles mention (in full when half of them do), and the share of
    /// the story's headline names the article mentions; the smaller of the two. 1 when no headline names any.
    /// A headline acronym the other side never writes does not count against it: organisations are named in
    /// words as often as by their letters («ЦБ» / «Банк России», «МЧС» / «спасатели»).
    /// </summary>
    private static double NameAgreement(ArticleVector vector, Story story, IdfTable idf)
    {
        var article = vector.Article;
        var members = story.Members.Count;
        // An acronym left unmatched on both sides is two organisations («ЦБ» / «ФРС»), not one named two ways.
        var articleAcronymUnmatched = false;
        foreach (var a in article.TitleAcronyms)
            if (story.MembersMentioning(a) == 0) articleAcronymUnmatched = true;
        var storyAcronymUnmatched = false;
        foreach (var a in story.TitleAcronyms)
            if (story.TitleNameMembers.ContainsKey(a) && !article.Mentions(a)) storyAcronymUnmatched = true;
        var forgive = !(articleAcronymUnmatched && storyAcronymUnmatched);

        double covered = 0, total = 0;
        foreach (var name in article.TitleNames)
        {
            var mentioning = story.MembersMentioning(name);
            if (forgive && mentioning == 0 && article.HasTitleAcronym(name)) continue;
            var w = idf[name];
            total += w;
            covered += w * Math.Min(1.0, 2.0 * mentioning / members);
        }
        var articleSide = total == 0 ? 1 : covered / total;
        if (story.CachedNameMass == 0) return articleSide;
        double found = 0, mass = story.CachedNameMass;
        foreach (var stem in vector.Mentioned)
            if (story.TitleNameMembers.TryGetValue(stem, out var n)) found += idf[stem] * n;
        if (forgive)
            foreach (var acronym in story.TitleAcronyms)
                if (story.TitleNameMembers.TryGetValue(acronym, out var n) && !article.Mentions(acronym)) mass -= idf[acronym] * n;
        return mass <= 1e-9 ? articleSide : Math.Min(articleSide, found / mass);
    }

    /// <summary>Weighted Jaccard of the article's entities and the story's salient ones.</summary>
    private static double EntityOverlap(ArticleVector vector, Story story)
    {
        if (vector.Entities.Length == 0) return 0;
        var members = story.Members.Count;
        var overlap = 0.0;
        var union = 0.0;
        foreach (var (key, confidence) in vector.Entities)
        {
            var share = story.Entities.GetValueOrDefault(key) / members;
            overlap += Math.Min(confidence, share);
            union += Math.Max(confidence, share);
        }
        // The story's salient entities the article does not name widen the union too.
        union += story.SalientEntityMass(SalientEntityShare);
        foreach (var (key, _) in vector.Entities)
        {
            var share = story.Entities.GetValueOrDefault(key) / members;
            if (share >= SalientEntityShare) union -= share;
        }
        return union <= 0 ? 0 : overlap / union;
    }

    private static double StoryEntityOverlap(Story a, Story b)
    {
        var overlap = 0.0;
        var union = 0.0;
        foreach (var (key, sum) in a.Entities)
        {
            var x = sum / a.Members.Count;
            var y = b.Entities.GetValueOrDefault(key) / b.Members.Count;
            overlap += Math.Min(x, y);
            union += Math.Max(x, y);
        }
        foreach (var (key, sum) in b.Entities)
            if (!a.Entities.ContainsKey(key)) union += sum / b.Members.Count;
        return union == 0 ? 0 : overlap / union;
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
    private static bool DatesConflict(IEnumerable<string> numbers, IReadOnlySet<string> storyDays)
    {
        if (storyDays.Count == 0) return false;
        var anyDay = false;
        foreach (var n in numbers)
        {
            if (!n.StartsWith(SalientNumbers.DayPrefix, StringComparison.Ordinal)) continue;
            if (storyDays.Contains(n)) return false;
            anyDay = true;
        }
        return anyDay;
    }

    /// <summary>
    /// The headlines count the same thing differently («погибли 5 человек» / «погибли 3 человек», "profit
    /// jumps 17%" / "4%"): some title quantity of the article has the unit of one of the story's title
    /// quantities, no such pair agrees (nearly: 120 and 121 do), and the article's value turns up nowhere in
    /// the story's titles and leads.
    /// </summary>
    private static bool QuantitiesConflict(ArticleVector vector, Story story)
    {
        if (vector.TitleQuantities.Length == 0 || story.ParsedTitleQuantities.Count == 0) return false;
        var comparable = false;
        foreach (var (value, unit) in vector.TitleQuantities)
        {
            foreach (var (otherValue, otherUnit) in story.ParsedTitleQuantities)
            {
                if (otherUnit != unit) continue;
                if (Nearly(value, otherValue)) return false;
                comparable = true;
            }
            foreach (var v in story.QuantityValues)
                if (Nearly(value, v)) return false;
        }
        return comparable;
    }

    private static bool Nearly(double a, double b) => Math.Abs(a - b) <= 0.05 * Math.Max(Math.Abs(a), Math.Abs(b));

    private static TimeSpan Distance(DateTimeOffset at, Story story) =>
        at < story.First ? story.First - at : at > story.Last ? at - story.Last : TimeSpan.Zero;
}
