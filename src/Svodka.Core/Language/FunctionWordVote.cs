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

    /// <summary>Latin-script languages, each with its function words from <see cref="StopWords"/> (Polish from the list above).</summary>
    // After the list above: static fields initialise in textual order.
    public static FunctionWordVote Latin { get; } =
        new(["en", "de", "fr", "es", "it", "tr", "pt", "nl", "pl", "sv", "da", "no", "fi", "hu", "ro", "cs", "ca", "id", "sh", "sl", "sk"]);

    /// <summary>
    /// Russian against Bulgarian, for running text without ы, э or і: Bulgarian has «че», «ще», «са», «във», «това»,
    /// Russian «что», «это», «его», «был»; the words they share split their vote.
    /// </summary>
    public static FunctionWordVote RussianOrBulgarian { get; } = new(["ru", "bg"]);

    private readonly string[] _languages;
    /// <summary>Whether each of <see cref="_languages"/> is one Svodka serves.</summary>
    private readonly bool[] _served;
    /// <summary>Function words, folded, and the indexes of the languages whose set has each.</summary>
    private readonly FrozenDictionary<string, int[]> _languagesByWord;

    private FunctionWordVote(string[] languages)
    {
        _languages = languages;
        _served = Array.ConvertAll(languages, LanguageDetector.Served.Contains);
        _languagesByWord = languages
            // Elided forms («d'un», «l'hi») are spelt alike in French, Catalan and Italian: they do not vote.
            .SelectMany((lang, index) => WordsOf(lang).Where(word => !word.Contains('\'')).Select(TextNormalizer.FoldCase).Distinct()
                .Select(word => (word, index)))
            .GroupBy(x => x.word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.index).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// A language's function words: <see cref="StopWords"/>' list, except Polish, which Svodka analyses without
    /// stop words (Lucene has no Polish list) and whose words serve only this vote.
    /// </summary>
    private static IEnumerable<string> WordsOf(string lang) => lang == "pl" ? Polish : StopWords.For(lang);

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
            servedClose |= _served[i];
        }
        if (!servedClose) return new LanguageGuess(LanguageGuess.Other, 0.9);
        if (close > 1) return null;
        return new LanguageGuess(_languages[best], 0.97);
    }
}
