namespace Svodka.Core.Stories;

/// <summary>
/// One language's IDF as matching reads it: each term's value is looked up once per epoch and kept, and
/// the epoch turns when the language's article count has grown by a twentieth since it began. Between
/// turns the cached values and the story norms built on them stay valid, which is what keeps scoring a
/// candidate cheap; IDF moves too slowly for the lag to matter.
/// </summary>
internal sealed class IdfTable(DocumentFrequencies frequencies, string language)
{
    private readonly Dictionary<string, double> _cache = new(StringComparer.Ordinal);
    private readonly Func<string, double> _live = frequencies.IdfOf(language);
    private int _documentsAtStart = -1;

    /// <summary>Changes whenever cached values may have changed; a story's cached norm is valid for one epoch.</summary>
    public int Epoch { get; private set; }

    public double this[string term]
    {
        get
        {
            if (_cache.TryGetValue(term, out var idf)) return idf;
            idf = _live(term);
            _cache[term] = idf;
            return idf;
        }
    }

    public Func<string, double> AsFunc() => term => this[term];

    /// <summary>Starts a new epoch when the counts have moved enough since the last one began.</summary>
    public void Refresh()
    {
        var documents = frequencies.Documents(language);
        if (_documentsAtStart >= 0 && documents < _documentsAtStart + Math.Max(1, _documentsAtStart / 20)) return;
        _documentsAtStart = documents;
        _cache.Clear();
        Epoch++;
    }
}
