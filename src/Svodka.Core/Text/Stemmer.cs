using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Svodka.Core.Text;

/// <summary>
/// Snowball stems through Lucene's Tartarus stemmers, used directly on words (no analyzer chain) and cached
/// per thread: news vocabulary repeats, so most words are stemmed once per thread. Languages without a
/// Snowball stemmer in Lucene (Ukrainian, Belarusian, Kazakh, …) get the folded word back unchanged.
/// </summary>
public static class Stemmer
{
    /// <summary>Entries per thread and language before the cache starts over; bounds memory on odd input.</summary>
    private const int CacheLimit = 200_000;
    private const int LongestStemmedWord = 64;

    [ThreadStatic] private static Dictionary<string, ThreadStemmer>? _perThread;

    /// <summary>Stem of <paramref name="word"/> (folded first: lower case, ё→е) in language <paramref name="lang"/>.</summary>
    public static string Stem(string word, string lang)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var n = TextNormalizer.FoldCase(word, buffer);
        return StemFolded(buffer[..n], lang);
    }

    /// <summary>True when Lucene has a Snowball stemmer for the language.</summary>
    public static bool Supports(string lang) => Create(lang) is not null;

    /// <summary>Stem of a word already folded by <see cref="TextNormalizer.FoldCase(ReadOnlySpan{char}, Span{char})"/>.</summary>
    public static string StemFolded(ReadOnlySpan<char> folded, string lang) => ForThisThread(lang).Stem(folded);

    /// <summary>This thread's stemmer for a language: for loops over many words, to look it up once.</summary>
    internal static ThreadStemmer ForThisThread(string lang)
    {
        var stemmers = _perThread ??= new Dictionary<string, ThreadStemmer>(StringComparer.Ordinal);
        if (!stemmers.TryGetValue(lang, out var stemmer))
            stemmers[lang] = stemmer = new ThreadStemmer(Create(lang));
        return stemmer;
    }

    private static SnowballProgram? Create(string lang) => lang switch
    {
        "ru" => new RussianStemmer(),
        "en" => new EnglishStemmer(),
        "de" => new German2Stemmer(),
        "fr" => new FrenchStemmer(),
        "es" => new SpanishStemmer(),
        "it" => new ItalianStemmer(),
        "pt" => new PortugueseStemmer(),
        "nl" => new DutchStemmer(),
        "tr" => new TurkishStemmer(),
        "sv" => new SwedishStemmer(),
        "da" => new DanishStemmer(),
        "no" or "nb" => new NorwegianStemmer(),
        "fi" => new FinnishStemmer(),
        "hu" => new HungarianStemmer(),
        "ro" => new RomanianStemmer(),
        _ => null,
    };

    /// <summary>One thread's stemmer for one language with its cache (neither is thread-safe).</summary>
    internal sealed class ThreadStemmer(SnowballProgram? program)
    {
        private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);
        private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? _lookup;
        private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =>
            _lookup ??= _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        private char[] _buffer = new char[LongestStemmedWord];

        public string Stem(ReadOnlySpan<char> folded)
        {
            var lookup = Lookup;
            if (lookup.TryGetValue(folded, out var cached)) return cached;

            var word = new string(folded);
            string stem;
            if (program is null || folded.Length > LongestStemmedWord || folded.Length < 3)
            {
                stem = word;
            }
            else
            {
                // SetCurrent(char[], int) keeps its own copy semantics loose: hand it a scratch buffer.
                if (_buffer.Length < folded.Length) _buffer = new char[folded.Length];
                folded.CopyTo(_buffer);
                program.SetCurrent(_buffer, folded.Length);
                program.Stem();
                var result = program.CurrentBuffer.AsSpan(0, program.CurrentBufferLength);
                stem = result.SequenceEqual(folded) ? word : new string(result);
            }
            if (_cache.Count >= CacheLimit) _cache.Clear();
            _cache[word] = stem;
            return stem;
        }
    }
}
