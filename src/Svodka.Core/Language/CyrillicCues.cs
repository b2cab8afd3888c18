using LinguaLanguage = Lingua.Language;

namespace Svodka.Core.Language;

/// <summary>
/// Narrows Cyrillic text down to the languages its letters allow. Each alphabet has letters the others lack
/// (і: not Russian; ы э: not Ukrainian; и: not Belarusian; ў: Belarusian; ї є ґ: Ukrainian; ә ғ қ ұ һ: Kazakh),
/// and on a text of a sentence or more the absence of a language's commonest own letter rules it out too.
/// Letters decide short titles better than n-gram statistics do, and cost one pass; what they leave open goes
/// to the model, restricted to what is left.
/// </summary>
internal static class CyrillicCues
{
    /// <summary>Cyrillic letters after which a language whose everyday letters are all absent is ruled out.</summary>
    private const int LongEnoughToRuleOut = 40;

    public static readonly LinguaLanguage[] All =
    [
        LinguaLanguage.Russian, LinguaLanguage.Ukrainian, LinguaLanguage.Belarusian, LinguaLanguage.Kazakh,
        LinguaLanguage.Bulgarian, LinguaLanguage.Serbian, LinguaLanguage.Macedonian, LinguaLanguage.Mongolian,
    ];

    /// <summary>
    /// Short words of Russian, Ukrainian and Belarusian that Kazakh does not have (prepositions, conjunctions,
    /// "what", "this"). Kazakh is spelt with them only when it quotes.
    /// </summary>
    private static readonly HashSet<string> SlavicFunctionWords = new(StringComparer.Ordinal)
    {
        "в", "у", "ў", "на", "по", "за", "из", "з", "із", "зі", "с", "со", "от", "ад", "від", "для", "про", "пра", "при",
        "после", "після", "пасля", "через", "праз", "что", "що", "што", "как", "як", "это", "це", "гэта", "и", "і", "та",
        "или", "або", "щодо", "о", "об",
    };

    /// <summary>The languages of <see cref="All"/> the letters (and, for a headline, its short words) leave possible; never empty.</summary>
    public static List<LinguaLanguage> Candidates(in ScriptProfile p, string sample)
    {
        var candidates = Candidates(p);
        // A headline without a single Kazakh letter but with «що», «у», «про» is not Kazakh, whatever the n-grams
        // say: Lingua calls «Що відомо про вибух у Дніпрі» Kazakh with confidence 1.
        if (candidates.Count > 1 && p.Kazakh == 0 && p.TurkicShared == 0 && candidates.Contains(LinguaLanguage.Kazakh) && HasSlavicFunctionWord(sample))
            candidates.Remove(LinguaLanguage.Kazakh);
        return candidates;
    }

    private static bool HasSlavicFunctionWord(string sample)
    {
        var words = SlavicFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[6];
        var text = sample.AsSpan();
        foreach (var range in text.SplitAny(" \n\t\u00a0"))
        {
            var word = text[range].Trim("«»\"'.,:;!?()—–-");
            if (word.Length is > 0 and <= 6 && words.Contains(lower[..word.ToLowerInvariant(lower)])) return true;
        }
        return false;
    }

    /// <summary>The languages of <see cref="All"/> the letters leave possible; never empty.</summary>
    public static List<LinguaLanguage> Candidates(in ScriptProfile p)
    {
        var cyr = p.Cyrillic;
        var isLong = cyr >= LongEnoughToRuleOut;
        // A cue counts above a small share of the letters: one quoted «Тоқаев» does not make a Russian article Kazakh.
        bool Has(int count) => count >= Math.Max(1, cyr / 150);

        if (Has(p.SouthSlavic)) return [LinguaLanguage.Serbian, LinguaLanguage.Macedonian];
        if (Has(p.Kazakh)) return [LinguaLanguage.Kazakh];
        if (Has(p.ShortU) && !Has(p.Ukrainian)) return [LinguaLanguage.Belarusian];
        if (Has(p.Ukrainian) && !Has(p.ShortU)) return [LinguaLanguage.Ukrainian];

        var candidates = new List<LinguaLanguage>(4);
        var dottedI = Has(p.DottedI);
        var yeryE = Has(p.YeryE);
        var cyrillicI = Has(p.CyrillicI);
        var turkic = Has(p.TurkicShared);

        if (!dottedI && !turkic) candidates.Add(LinguaLanguage.Russian);
        if (!yeryE && !(isLong && !dottedI)) candidates.Add(LinguaLanguage.Ukrainian);
        if (!cyrillicI && !(isLong && !dottedI && !Has(p.ShortU))) candidates.Add(LinguaLanguage.Belarusian);
        if (!isLong || turkic || dottedI && yeryE && cyrillicI) candidates.Add(LinguaLanguage.Kazakh);
        if (!dottedI && !yeryE && !turkic && (!isLong || Has(p.RussianOnly))) candidates.Add(LinguaLanguage.Bulgarian);
        if (turkic && !dottedI) candidates.Add(LinguaLanguage.Mongolian);

        return candidates.Count > 0 ? candidates : [LinguaLanguage.Russian, LinguaLanguage.Ukrainian, LinguaLanguage.Belarusian, LinguaLanguage.Kazakh];
    }
}
