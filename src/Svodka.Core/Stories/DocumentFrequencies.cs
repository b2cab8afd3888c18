namespace Svodka.Core.Stories;

/// <summary>
/// In how many articles of a language each term occurs, counted as articles arrive, and the IDF that
/// follows. Rare words («Бурков», «экстрадиция») tie reports of one event together; common ones
/// («заявил», «России») tie everything to everything. The counts are plain data (<see cref="Export"/>,
/// <see cref="Import"/>) so a store can keep them between runs. Not thread-safe: the clusterer owns it.
/// </summary>
public sealed class DocumentFrequencies
{
    private readonly Dictionary<string, LanguageCounts> _languages = new(StringComparer.Ordinal);

    public void Add(StoryFeatures article)
    {
        var counts = For(article.Language);
        counts.Documents++;
        foreach (var t in article.Terms)
            counts.Terms[t.Term] = counts.Terms.GetValueOrDefault(t.Term) + 1;
    }

    public int Documents(string language) => _languages.TryGetValue(language, out var c) ? c.Documents : 0;

    public int Frequency(string language, string term) =>
        _languages.TryGetValue(language, out var c) ? c.Terms.GetValueOrDefault(term) : 0;

    /// <summary>Smoothed IDF, ln((N + 1) / (df + 1)) + 1: never zero, so a word every article shares still counts a little.</summary>
    public double Idf(string language, string term)
    {
        if (!_languages.TryGetValue(language, out var c)) return 1;
        return Idf(c.Documents, c.Terms.GetValueOrDefault(term));
    }

    /// <summary>The IDF of one language's terms, for callers that look up many terms of that language in a row.</summary>
    public Func<string, double> IdfOf(string language)
    {
        var c = For(language);
        return term => Idf(c.Documents, c.Terms.GetValueOrDefault(term));
    }

    private static double Idf(int documents, int frequency) => Math.Log((documents + 1.0) / (frequency + 1.0)) + 1.0;

    private LanguageCounts For(string language)
    {
        if (!_languages.TryGetValue(language, out var counts)) _languages[language] = counts = new LanguageCounts();
        return counts;
    }

    public IReadOnlyList<DocumentFrequencySnapshot> Export() =>
        _languages.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new DocumentFrequencySnapshot(p.Key, p.Value.Documents,
                p.Value.Terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new KeyValuePair<string, int>(t.Key, t.Value)).ToArray()))
            .ToArray();

    public static DocumentFrequencies Import(IEnumerable<DocumentFrequencySnapshot> snapshots)
    {
        var df = new DocumentFrequencies();
        foreach (var s in snapshots)
        {
            var counts = df.For(s.Language);
            counts.Documents += s.Documents;
            foreach (var (term, n) in s.Terms) counts.Terms[term] = counts.Terms.GetValueOrDefault(term) + n;
        }
        return df;
    }

    private sealed class LanguageCounts
    {
        public int Documents;
        public readonly Dictionary<string, int> Terms = new(StringComparer.Ordinal);
    }
}

/// <summary>One language's document frequencies as plain data.</summary>
public sealed record DocumentFrequencySnapshot(string Language, int Documents, IReadOnlyList<KeyValuePair<string, int>> Terms);
