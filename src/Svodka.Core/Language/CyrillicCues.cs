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
