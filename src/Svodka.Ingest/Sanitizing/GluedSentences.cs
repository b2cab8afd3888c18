using System.Text;
using System.Text.RegularExpressions;

namespace Svodka.Ingest.Sanitizing;

/// <summary>
/// Splits sentences a CMS glued together when it dropped the tags between paragraphs
/// («…Ерланом Кошановым.Ключевой темой…»). A split is made only where a sentence end is certain: a
/// letter (or a closing quote after one) before the stop, a capitalised word after it, and the word
/// before is no abbreviation or initial («г.Москва», «А.С.Пушкин»), the dotted pair no domain, address
/// or brand («Газета.Ru», «Яндекс.Такси»). The glue marks a lost block boundary, so a paragraph break goes in.
/// </summary>
internal static partial class GluedSentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        // Russian
        "г", "гг", "ул", "пр", "просп", "пер", "пл", "д", "им", "св", "проф", "акад", "доц", "др", "ст", "стр", "рис",
        "см", "т", "тт", "тыс", "млн", "млрд", "руб", "коп", "долл", "обл", "р-н", "корп", "кв", "напр", "англ", "лат",
        "нем", "франц", "рус", "укр", "ген", "полк", "мин", "сек", "ч", "зам", "пос", "дер", "гл", "ред", "изд", "вып",
        "г-н", "г-жа", "тел", "трлн", "ок", "прим", "пгт", "наб", "ш", "о", "оз", "р", "с", "сс", "кн", "гос", "отд",
        // English and German
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev",
        "inc", "ltd", "co", "corp", "no", "vol", "fig", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "nr", "bzw", "ca", "str", "usw", "vgl", "hr", "fr", "mt", "ft", "approx",
    };

    /// <summary>Names written with a dot and a capital as one word.</summary>
    private static readonly HashSet<string> DottedBrands = new(StringComparer.OrdinalIgnoreCase)
    {
        "яндекс", "yandex", "mail", "сбер", "sber", "vk", "газета", "лента", "ozon", "тинькофф", "почта",
    };

    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "ru", "рф", "su", "com", "net", "org", "info", "biz", "ua", "by", "kz", "uz", "de", "uk", "us", "io", "me", "tv",
        "fm", "pro", "online", "site", "media", "news", "club", "ру", "eu", "am", "ge", "az", "kg", "tj", "md", "lv", "lt", "ee",
    };

    /// <summary>Capital letters that are words of their own and may start a sentence («В фокусе…»).</summary>
    private const string OneLetterWords = "ВСКОУИАЯЭI";

    public static string Repair(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        StringBuilder? sb = null;
        var copied = 0;
        foreach (Match m in Candidate().Matches(text))
        {
            if (!IsCertainSentenceEnd(text, m)) continue;
            sb ??= new StringBuilder(text.Length + 64);
            var cut = m.Index + m.Length;
            sb.Append(text, copied, cut - copied).Append("\n\n");
            copied = cut;
        }
        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsCertainSentenceEnd(string text, Match m)
    {
        var stop = m.Index;
        var wordEnd = stop;
        while (wordEnd > 0 && IsClosingMark(text[wordEnd - 1])) wordEnd--;
        var wordStart = wordEnd;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-')) wordStart--;
        var before = text[wordStart..wordEnd];
        if (before.Length <= 1 || Abbreviations.Contains(before) || DottedBrands.Contains(before)) return false;
        if (wordStart > 0 && text[wordStart - 1] is '.' or '/' or '@' or ':' or '\\' or '_') return false;
        if (wordStart > 0 && char.IsDigit(text[wordStart - 1])) return false;

        var afterStart = m.Index + m.Length;
        while (afterStart < text.Length && IsOpeningMark(text[afterStart])) afterStart++;
        var afterEnd = afterStart;
        while (afterEnd < text.Length && char.IsLetter(text[afterEnd])) afterEnd++;
        var after = text[afterStart..afterEnd];
        var followedBy = afterEnd < text.Length ? text[afterEnd] : ' ';
        if (after.Length == 1 && !(OneLetterWords.Contains(after[0]) && char.IsWhiteSpace(followedBy))) return false;
        if (TopLevelDomains.Contains(after) && !char.IsLetterOrDigit(followedBy)) return false;
        if (followedBy is '@' or '/' or '_' || (followedBy == '.' && afterEnd + 1 < text.Length && char.IsLetter(text[afterEnd + 1])))
            return false;
        return !LooksLikeAddress(text, wordStart);
    }

    /// <summary>A URL or an e-mail address around the dot is never a sentence end.</summary>
    private static bool LooksLikeAddress(string text, int wordStart)
    {
        var tokenStart = wordStart;
        while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1])) tokenStart--;
        var token = text.AsSpan(tokenStart, wordStart - tokenStart);
        return token.Contains("://", StringComparison.Ordinal) || token.Contains("www", StringComparison.OrdinalIgnoreCase) || token.Contains('@');
    }

    private static bool IsClosingMark(char c) => c is '»' or '"' or '”' or '’' or ')' or ']' or '\'';

    private static bool IsOpeningMark(char c) => c is '«' or '"' or '“' or '„' or '(' or '\'';

    /// <summary>A stop glued to a capitalised word or a one-letter word: «ым.Кл», «».Как», «!В ».</summary>
    [GeneratedRegex(@"(?<=\p{L}[»""”’)\]]?)(?:\.|\.\.\.|…|!|\?|\?!|!\?)[»""”’)]?(?=[«""“„(]?\p{Lu}(?:\p{Ll}|\s))")]
    private static partial Regex Candidate();
}
