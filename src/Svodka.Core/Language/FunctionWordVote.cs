using System.Collections.Frozen;
using Svodka.Core.Text;

namespace Svodka.Core.Language;

/// <summary>
/// Decides a text of a sentence or more by its function words, without the n-gram model: in running text a
/// fifth or more of the words are articles, prepositions and pronouns, and each language's set is its own.
/// Undecided (null) when the text is short or two languages run close, unless none of the close ones is a
/// language Svodka serves (Norwegian against Danish is "other" either way); the model decides the rest.
/// Languages Svodka does not serve vote too, so Portuguese is not taken for Spanish, nor Catalan for it.
/// <see cref="Latin"/> votes among Latin-script languages; <see cref="RussianOrBulgarian"/> settles running
/// Cyrillic text whose letters leave only those two open.
/// </summary>
internal sealed class FunctionWordVote
{
    private const int MinWords = 12;
    /// <summary>Share of the words the winner's votes must make up.</summary>
    private const double MinShare = 0.08;
    /// <summary>How many times the runner-up's votes the winner needs.</summary>
    private const double MinLead = 1.5;
    private const int MaxWords = 120;
    private const int LongText = 40;
    private const double ForeignShare = 0.03;

    private static readonly string[] Polish =
    [
        "i", "w", "na", "z", "do", "że", "się", "nie", "to", "jest", "o", "od", "po", "za", "przez", "dla", "jak",
        "ale", "co", "jego", "jej", "ich", "oraz", "lub", "czy", "być", "był", "była", "było", "były", "będzie",
        "który", "która", "które", "którzy", "tym", "tego", "tej", "także", "też", "już", "tylko", "przy", "pod",
        "nad", "bez", "u", "we", "ze", "są", "może", "go", "jako", "gdy", "ten", "ta", "te", "tak", "więc",
    ];

    /// <summary>Serbian, Croatian, Bosnian and Montenegrin in Latin letters: one set of function words, all "other".</summary>
    private static readonly string[] SerboCroatian =
    [
        "i", "u", "na", "je", "se", "da", "za", "od", "sa", "su", "će", "koji", "koja", "koje", "kao", "ali", "ili",
        "iz", "do", "po", "to", "ne", "nije", "što", "bi", "smo", "sam", "još", "već", "samo", "nakon", "prema",
        "kako", "kada", "gdje", "gde", "biti", "bio", "bila", "bilo", "bili", "ova", "ovaj", "ovo", "taj", "mu", "ga",
        "joj", "ih", "njegov", "njihov", "pre", "prije", "posle", "poslije", "protiv", "između", "dok", "jer", "pa", "li",
    ];

    private static readonly string[] Slovene =
    [
        "in", "je", "na", "v", "za", "se", "da", "so", "z", "s", "pri", "ki", "bo", "bodo", "tudi", "ob", "pa", "po",
        "iz", "od", "kot", "ter", "bilo", "še", "ne", "ni", "smo", "sem", "ali", "ko", "kar", "le", "že", "do", "saj",
        "jih", "ga", "mu", "ji", "jo", "tem", "tako", "zato", "kjer", "med", "pred", "brez", "proti", "lahko", "bil",
        "bila", "bili", "bile",
    ];

    private static readonly string[] Slovak =
    [
        "a", "je", "na", "v", "sa", "že", "s", "z", "do", "pre", "ako", "aj", "by", "podľa", "ktorý", "ktorá", "ktoré",
        "ktorí", "tak", "už", "sú", "bol", "bola", "bolo", "boli", "pri", "za", "od", "po", "o", "k", "zo", "so", "vo",
        "nie", "ale", "len", "ešte", "však", "alebo", "keď", "ich", "jej", "jeho", "to", "ten", "tá", "tie", "tento",
        "táto", "medzi", "počas", "proti", "bude", "budú", "môže", "sme", "som",
    ];

    // After the lists above: static fields initialise in textual order.
    public static FunctionWordVote Latin { get; } = new(new Dictionary<string, IEnumerable<string>>
    {
        // Lucene's English list is 33 words; StopWords adds the rest of the everyday ones.
        ["en"] = StopWords.For("en"),
        ["de"] = StopWords.For("de"),
        ["fr"] = StopWords.For("fr"),
        ["es"] = StopWords.For("es"),
        ["it"] = StopWords.For("it"),
        ["tr"] = StopWords.For("tr"),
        ["pt"] = StopWords.For("pt"),
        ["nl"] = StopWords.For("nl"),
        ["pl"] = Polish,
        ["sv"] = Lucene(global::Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet),
        ["da"] = Lucene(global::Lucene.Net.Analysis.Da.DanishAnalyzer.DefaultStopSet),
        ["no"] = Lucene(global::Lucene.Net.Analysis.No.NorwegianAnalyzer.DefaultStopSet),
        ["fi"] = Lucene(global::Lucene.Net.Analysis.Fi.FinnishAnalyzer.DefaultStopSet),
        ["hu"] = Lucene(global::Lucene.Net.Analysis.Hu.HungarianAnalyzer.DefaultStopSet),
        ["ro"] = Lucene(global::Lucene.Net.Analysis.Ro.RomanianAnalyzer.DefaultStopSet),
        ["cs"] = Lucene(global::Lucene.Net.Analysis.Cz.CzechAnalyzer.DefaultStopSet),
        ["ca"] = Lucene(global::Lucene.Net.Analysis.Ca.CatalanAnalyzer.DefaultStopSet),
        ["id"] = Lucene(global::Lucene.Net.Analysis.Id.IndonesianAnalyzer.DefaultStopSet),
        ["sh"] = SerboCroatian,
        ["sl"] = Slovene,
        ["sk"] = Slovak,
    });

    /// <summary>
    /// Russian against Bulgarian, for running text without ы, э or і: Bulgarian has «че», «ще», «са», «във», «това»,
    /// Russian «что», «это», «его», «был»; the words they share split their vote.
    /// </summary>
    public static FunctionWordVote RussianOrBulgarian { get; } = new(new Dictionary<string, IEnumerable<string>>
    {
        ["ru"] = StopWords.For("ru"),
        ["bg"] = Lucene(global::Lucene.Net.Analysis.Bg.BulgarianAnalyzer.DefaultStopSet),
    });

    private readonly string[] _languages;
    /// <summary>Function words, folded, and the indexes of the languages whose set has each.</summary>
    private readonly FrozenDictionary<string, int[]> _languagesByWord;

    private FunctionWordVote(Dictionary<string, IEnumerable<string>> lists)
    {
        _languages = [.. lists.Keys];
        _languagesByWord = lists
            // Elided forms («d'un», «l'hi») are spelt alike in French, Catalan and Italian: they do not vote.
            .SelectMany(p => p.Value.Where(word => !word.Contains('\'')).Select(TextNormalizer.FoldCase).Distinct()
                .Select(word => (word, lang: Array.IndexOf(_languages, p.Key))))
            .GroupBy(x => x.word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.lang).ToArray(), StringComparer.Ordinal);
    }

    public LanguageGuess? Decide(string sample)
    {
        Span<double> votes = stackalloc double[_languages.Length];
        Span<char> buffer = stackalloc char[64];
        var words = 0;
        var lookup = _languagesByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in Tokenizer.Scan(sample))
        {
            if (token.Kind == TokenKind.Number || token.Length > buffer.Length) continue;
            var n = TextNormalizer.FoldCase(sample.AsSpan(token.Offset, token.Length), buffer);
            words++;
            // A word several languages share says less: «de» splits its vote between Spanish, French, Portuguese…
            if (lookup.TryGetValue(buffer[..n], out var languages))
                foreach (var lang in languages) votes[lang] += 1.0 / languages.Length;
            if (words >= MaxWords) break;
        }
        if (words < MinWords) return null;

        var best = 0;
        for (var i = 1; i < votes.Length; i++)
            if (votes[i] > votes[best]) best = i;
        // Running text in which no known language's function words show: a language without a list (Vietnamese,
        // Serbian in Latin letters). Served languages reach several times this share in any article.
        if (words >= LongText && votes[best] < ForeignShare * words) return new LanguageGuess(LanguageGuess.Other, 0.8);
        if (votes[best] < MinShare * words) return null;
        // The languages within the winner's lead: one of them, if it is the only one; "other" if none is served.
        var close = 0;
        var servedClose = false;
        for (var i = 0; i < votes.Length; i++)
        {
            if (i != best && votes[best] >= MinLead * Math.Max(1, votes[i])) continue;
            close++;
            servedClose |= LanguageDetector.Served.Contains(_languages[i]);
        }
        if (!servedClose) return new LanguageGuess(LanguageGuess.Other, 0.9);
        if (close > 1) return null;
        return new LanguageGuess(_languages[best], 0.97);
    }

    private static IEnumerable<string> Lucene(global::Lucene.Net.Analysis.Util.CharArraySet set) => set.Select(o => o.ToString()!);
}
