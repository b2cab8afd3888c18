using System.Collections.Frozen;
using Lucene.Net.Analysis.Util;

namespace Svodka.Core.Text;

/// <summary>
/// Function words that carry no topic, per language (ISO 639-1 code; "sh" for Serbo-Croatian). Lucene's Snowball
/// lists where Lucene has one; short lists of our own for Ukrainian, Belarusian, Kazakh, Serbo-Croatian, Slovene and
/// Slovak, and a fuller English list than Lucene's 33 words because English headlines otherwise cluster on "after"
/// and "says". Words are compared
/// folded (lower case, ё→е).
/// </summary>
public static class StopWords
{
    public static bool IsStop(string word, string lang) =>
        Lookups.TryGetValue(lang, out var set) && set.Contains(TextNormalizer.FoldCase(word));

    /// <summary>For a word already folded by <see cref="TextNormalizer.FoldCase(string)"/>.</summary>
    public static bool IsStopFolded(ReadOnlySpan<char> folded, string lang) =>
        Lookups.TryGetValue(lang, out var set) && set.Contains(folded);

    /// <summary>The folded-word lookup of a language, or null when it has no list: for loops over many words.</summary>
    internal static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? Lookup(string lang) =>
        Lookups.TryGetValue(lang, out var set) ? set : null;

    public static IReadOnlyCollection<string> For(string lang) =>
        ByLanguage.TryGetValue(lang, out var set) ? set : FrozenSet<string>.Empty;

    private static FrozenDictionary<string, FrozenSet<string>> Build()
    {
        var lists = new Dictionary<string, IEnumerable<string>>
        {
            ["ru"] = FromLucene(global::Lucene.Net.Analysis.Ru.RussianAnalyzer.DefaultStopSet).Concat(RussianExtra),
            ["en"] = FromLucene(global::Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet).Concat(English),
            ["de"] = FromLucene(global::Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet),
            ["fr"] = FromLucene(global::Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet),
            ["es"] = FromLucene(global::Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet),
            ["it"] = FromLucene(global::Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet),
            ["pt"] = FromLucene(global::Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet),
            ["nl"] = FromLucene(global::Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet),
            ["tr"] = FromLucene(global::Lucene.Net.Analysis.Tr.TurkishAnalyzer.DefaultStopSet),
            ["uk"] = Ukrainian,
            ["be"] = Belarusian,
            ["kk"] = Kazakh,
            // Languages Svodka does not serve: their lists let the language detector tell them from the ones it does.
            ["bg"] = FromLucene(global::Lucene.Net.Analysis.Bg.BulgarianAnalyzer.DefaultStopSet),
            ["sv"] = FromLucene(global::Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet),
            ["da"] = FromLucene(global::Lucene.Net.Analysis.Da.DanishAnalyzer.DefaultStopSet),
            ["no"] = FromLucene(global::Lucene.Net.Analysis.No.NorwegianAnalyzer.DefaultStopSet),
            ["fi"] = FromLucene(global::Lucene.Net.Analysis.Fi.FinnishAnalyzer.DefaultStopSet),
            ["hu"] = FromLucene(global::Lucene.Net.Analysis.Hu.HungarianAnalyzer.DefaultStopSet),
            ["ro"] = FromLucene(global::Lucene.Net.Analysis.Ro.RomanianAnalyzer.DefaultStopSet),
            ["cs"] = FromLucene(global::Lucene.Net.Analysis.Cz.CzechAnalyzer.DefaultStopSet),
            ["ca"] = FromLucene(global::Lucene.Net.Analysis.Ca.CatalanAnalyzer.DefaultStopSet),
            ["id"] = FromLucene(global::Lucene.Net.Analysis.Id.IndonesianAnalyzer.DefaultStopSet),
            ["sh"] = SerboCroatian,
            ["sl"] = Slovene,
            ["sk"] = Slovak,
        };
        return lists.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.Select(TextNormalizer.FoldCase).ToFrozenSet(StringComparer.Ordinal));
    }

    private static IEnumerable<string> FromLucene(CharArraySet set) => set.Select(o => o.ToString()!);

    private static readonly string[] RussianExtra =
    [
        "это", "этот", "эта", "эти", "этого", "этой", "этим", "этих", "этом", "также", "который", "которая",
        "которое", "которые", "которого", "которой", "которым", "которых", "котором", "свой", "своя", "свое",
        "свои", "своего", "своей", "своих", "своим", "весь", "вся", "все", "всех", "всем", "всеми", "ее", "его",
        "их", "им", "ими", "нее", "него", "них", "ним", "ними", "либо", "однако", "пока", "ещё", "еще", "уже",
        "очень", "будет", "будут", "был", "была", "было", "были", "быть", "является", "являются", "чтобы",
    ];

    private static readonly string[] English =
    [
        "about", "above", "after", "again", "against", "all", "am", "any", "because", "been", "before", "being",
        "below", "between", "both", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
        "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "how", "i", "its", "itself", "just", "me", "more", "most", "my", "myself", "nor", "now", "off",
        "once", "only", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so",
        "some", "than", "too", "under", "until", "up", "very", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "would", "you", "your", "yours", "yourself", "yourselves", "also", "says",
        "said", "its", "may", "might", "must", "new", "one", "us",
    ];

    private static readonly string[] Ukrainian =
    [
        "і", "й", "та", "але", "а", "або", "чи", "що", "щоб", "як", "це", "цей", "ця", "ці", "цього", "цієї", "цих",
        "той", "та", "те", "ті", "того", "тієї", "тих", "в", "у", "на", "з", "із", "зі", "до", "від", "для", "по",
        "під", "над", "за", "про", "при", "без", "через", "між", "після", "перед", "біля", "не", "ні", "так", "вже",
        "ще", "також", "тільки", "лише", "був", "була", "було", "були", "бути", "буде", "будуть", "є", "він", "вона",
        "воно", "вони", "його", "її", "їх", "їм", "ним", "нею", "ними", "ми", "ви", "я", "ти", "свій", "своя", "свої",
        "який", "яка", "яке", "які", "якого", "якої", "яких", "коли", "де", "там", "тут", "можуть", "може", "весь",
        "вся", "все", "всі", "усі", "всіх", "усіх", "ж", "же", "би", "б",
    ];

    private static readonly string[] Belarusian =
    [
        "і", "й", "ды", "але", "а", "або", "ці", "што", "каб", "як", "гэта", "гэты", "гэтая", "гэтыя", "гэтага",
        "той", "тая", "тое", "тыя", "таго", "у", "ў", "на", "з", "са", "да", "ад", "для", "па", "пад", "над", "за",
        "пра", "пры", "без", "праз", "паміж", "пасля", "перад", "не", "ні", "так", "ужо", "яшчэ", "таксама", "толькі",
        "быў", "была", "было", "былі", "быць", "будзе", "ёсць", "ён", "яна", "яно", "яны", "яго", "яе", "іх", "ім",
        "мы", "вы", "я", "ты", "свой", "які", "якая", "якое", "якія", "калі", "дзе", "там", "тут", "усе", "увесь",
        "жа", "б", "бы",
    ];

    private static readonly string[] Kazakh =
    [
        "және", "мен", "бен", "пен", "да", "де", "та", "те", "бұл", "осы", "сол", "ол", "олар", "біз", "сіз", "сен",
        "мен", "үшін", "туралы", "бойынша", "арқылы", "дейін", "кейін", "бірақ", "немесе", "не", "емес", "жоқ",
        "бар", "еді", "деп", "деді", "екен", "ғой", "ғана", "қана", "тек", "әлі", "енді", "барлық", "бәрі", "өз",
        "оның", "олардың", "сондай", "мұндай", "қазір", "тағы", "ма", "ме", "ба", "бе", "па", "пе",
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

    // Last: static fields initialise in textual order and these read the lists above.
    private static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = Build();
    private static readonly FrozenDictionary<string, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Lookups =
        ByLanguage.ToFrozenDictionary(p => p.Key, p => p.Value.GetAlternateLookup<ReadOnlySpan<char>>());
}
