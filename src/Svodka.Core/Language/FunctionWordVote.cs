using System.Collections.Frozen;
using Svodka.Core.Text;

namespace Svodka.Core.Language;

/// <summary>
/// Decides a Latin-script text of a sentence or more by its function words, without the n-gram model: in
/// running text a fifth or more of the words are articles, prepositions and pronouns, and each language's
/// set is its own. Undecided (null) when the text is short or two languages run close; the model decides
/// those. Languages Svodka does not serve vote too, so Portuguese is not taken for Spanish.
/// </summary>
internal static class FunctionWordVote
{
    private const int MinWords = 12;
    /// <summary>Share of the words the winner's votes must make up.</summary>
    private const double MinShare = 0.08;
    /// <summary>How many times the runner-up's votes the winner needs.</summary>
    private const double MinLead = 1.5;
    private const int MaxWords = 120;
    private const int LongText = 40;
    private const double ForeignShare = 0.03;


    public static LanguageGuess? Decide(string sample)
    {
        Span<double> votes = stackalloc double[Languages.Length];
        Span<char> buffer = stackalloc char[64];
        var words = 0;
        var lookup = LanguagesByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in Tokenizer.Scan(sample))
        {
            if (token.Kind == TokenKind.Number || token.Length > buffer.Length) continue;
            var n = TextNormalizer.FoldCase(sample.AsSpan(token.Offset, token.Length), buffer);
            words++;
            // A word several languages share says less: «de» splits its vote between Spanish, French, Portuguese…
            if (lookup.TryGetValue(buffer[..n], out var languages))
                foreach (var lang in languages) votes[Array.IndexOf(Languages, lang)] += 1.0 / languages.Length;
            if (words >= MaxWords) break;
        }
        if (words < MinWords) return null;

        int best = -1, second = -1;
        for (var i = 0; i < votes.Length; i++)
        {
            if (best < 0 || votes[i] > votes[best]) { second = best; best = i; }
            else if (second < 0 || votes[i] > votes[second]) second = i;
        }
        // Running text in which no known language's function words show: a language without a list (Vietnamese,
        // Indonesian, Serbian in Latin letters). Served languages reach several times this share in any article.
        if (words >= LongText && votes[best] < ForeignShare * words) return new LanguageGuess(LanguageGuess.Other, 0.8);
        if (votes[best] < MinShare * words || votes[best] < MinLead * Math.Max(1, votes[second])) return null;
        var code = Languages[best];
        return new LanguageGuess(LanguageDetector.Served.Contains(code) ? code : LanguageGuess.Other, 0.97);
    }

    private static readonly string[] Languages =
        ["en", "de", "fr", "es", "it", "pl", "tr", "pt", "nl", "sv", "da", "no", "fi", "hu", "ro", "cs"];

    private static FrozenDictionary<string, string[]> Build()
    {
        var lists = new Dictionary<string, IEnumerable<string>>
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
        };
        return lists
            .SelectMany(p => p.Value.Select(TextNormalizer.FoldCase).Distinct().Select(word => (word, lang: p.Key)))
            .GroupBy(x => x.word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.lang).ToArray(), StringComparer.Ordinal);
    }

    private static IEnumerable<string> Lucene(global::Lucene.Net.Analysis.Util.CharArraySet set) => set.Select(o => o.ToString()!);

    private static readonly string[] Polish =
    [
        "i", "w", "na", "z", "do", "że", "się", "nie", "to", "jest", "o", "od", "po", "za", "przez", "dla", "jak",
        "ale", "co", "jego", "jej", "ich", "oraz", "lub", "czy", "być", "był", "była", "było", "były", "będzie",
        "który", "która", "które", "którzy", "tym", "tego", "tej", "także", "też", "już", "tylko", "przy", "pod",
        "nad", "bez", "u", "we", "ze", "są", "może", "go", "jako", "gdy", "ten", "ta", "te", "tak", "więc",
    ];

    // Last: static fields initialise in textual order and this reads the lists above.
    /// <summary>Function words per language; a word in several sets votes for each.</summary>
    private static readonly FrozenDictionary<string, string[]> LanguagesByWord = Build();
}
