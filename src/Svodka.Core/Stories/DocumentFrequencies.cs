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

    /// <summary>A copy that counts on independently of this one.</summary>
    public DocumentFrequencies Clone() => Import(Export());

    private const string Header = "# svodka document frequencies v1";

    /// <summary>
    /// Writes the counts as text, one line per language (<c>ru\t*\tN</c>) and per term (<c>ru\tterm\tdf</c>),
    /// leaving out terms seen in fewer than <paramref name="minFrequency"/> articles: a term seen once says
    /// about as much as one never seen, and dropping them keeps a background table small.
    /// </summary>
    public void Write(TextWriter writer, int minFrequency = 1)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var (language, counts) in _languages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(FormattableString.Invariant($"{language}\t*\t{counts.Documents}\n"));
            foreach (var (term, n) in counts.Terms.OrderBy(t => t.Key, StringComparer.Ordinal))
                if (n >= minFrequency) writer.Write(FormattableString.Invariant($"{language}\t{term}\t{n}\n"));
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; a line that does not fit names itself in the error.</summary>
    public static DocumentFrequencies Read(TextReader reader)
    {
        var df = new DocumentFrequencies();
        var first = reader.ReadLine();
        if (first != Header) throw new FormatException($"not a document-frequency table: the first line is not '{Header}'");
        var number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length == 0) continue;
            var parts = line.Split('\t');
            if (parts.Length != 3 || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                throw new FormatException($"line {number} of the document-frequency table is not 'language<TAB>term<TAB>count'");
            var counts = df.For(parts[0]);
            if (parts[1] == "*") counts.Documents += n;
            else counts.Terms[parts[1]] = counts.Terms.GetValueOrDefault(parts[1]) + n;
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
