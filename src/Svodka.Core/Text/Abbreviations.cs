using System.Collections.Frozen;

namespace Svodka.Core.Text;

/// <summary>
/// Short words that are written with a dot which does not end the sentence. Kept in one place because the
/// tokenizer (keep the dot in the token) and the sentence splitter (do not split after it) must agree.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that never end a sentence: titles, street types, "see", "named after".</summary>
    private static readonly FrozenSet<string> NeverFinal = new[]
    {
        // Russian
        "ул", "пр", "просп", "пер", "пл", "наб", "бул", "ш", "д", "корп", "стр", "кв", "обл", "им", "св",
        "проф", "акад", "доц", "ген", "генерал-лейт", "тов", "гр", "см", "ср", "напр", "рис", "табл", "гл",
        "ст", "п", "пп", "ч", "т", "тт", "нач", "зам", "пос", "с", "дер", "р", "оз", "о-в", "м", "каб",
        // English
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "no", "gen", "col", "lt", "sgt", "gov",
        "sen", "rep", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "aug", "sept", "oct", "nov", "dec",
        "e.g", "i.e", "fig", "approx", "dept", "mt",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units and years after a number: «в 2023 г.», «5 млн.» may end a sentence.</summary>
    private static readonly FrozenSet<string> AfterNumber = new[]
    {
        "г", "гг", "в", "вв", "млн", "млрд", "трлн", "тыс", "руб", "коп", "долл", "км", "кг", "мин", "сек", "ч",
        "bn", "mln", "m",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinalLookup =
        NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterNumberLookup =
        AfterNumber.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when "<paramref name="word"/>." is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) =>
        NeverFinalLookup.Contains(word) || AfterNumberLookup.Contains(word);

    public static bool IsNeverFinal(ReadOnlySpan<char> word) => NeverFinalLookup.Contains(word);

    public static bool IsUnitAfterNumber(ReadOnlySpan<char> word) => AfterNumberLookup.Contains(word);
}
