using System.Text;
using Svodka.Core.Text;

namespace Svodka.Storage.Search;

/// <summary>
/// What the index holds and what a query asks for: Svodka's own Snowball stems (<see cref="TextAnalyzer"/>),
/// the same on SQLite and PostgreSQL. A stem is indexed with its stem's stem when that is shorter, because
/// Snowball cuts a surname's case ending and its «-ов» in two steps: «Кошановым» stems to «кошанов» and
/// «Кошанов» to «кошан»; with «кошан» indexed for both, either form finds the other. A query word matches
/// its stem or that second stem.
/// </summary>
public static class SearchTerms
{
    /// <summary>Longest text read from one article body: the lead and the first pages say what it is about.</summary>
    public const int MaxBodyChars = 20_000;

    /// <summary>Space-separated index terms of a text.</summary>
    public static string Document(string? text, string language)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        if (text.Length > MaxBodyChars) text = text[..MaxBodyChars];
        var sb = new StringBuilder(text.Length / 2);
        foreach (var (stem, lang) in Stems(text, language))
            foreach (var term in Expand(stem, lang))
                sb.Append(term).Append(' ');
        return sb.ToString().TrimEnd();
    }

    /// <summary>The query's words, each as the terms any of which may match it; at most <paramref name="maxWords"/> words.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Query(string? query, string language, int maxWords = 12)
    {
        var words = new List<IReadOnlyList<string>>();
        foreach (var (stem, lang) in Stems(query, language))
        {
            var alternatives = Expand(stem, lang).Distinct(StringComparer.Ordinal).ToList();
            if (alternatives.Count == 0 || words.Any(w => w.SequenceEqual(alternatives))) continue;
            words.Add(alternatives);
            if (words.Count == maxWords) break;
        }
        return words;
    }

    /// <summary>
    /// Stems word by word in the word's own script: a Russian article quoting «Tesla» or an English query
    /// on a Russian site stems each word the way the other side did.
    /// </summary>
    private static IEnumerable<(string Stem, string Language)> Stems(string? text, string language)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var lang = ScriptLanguage(word, language);
            foreach (var stem in TextAnalyzer.Terms(word, lang, includeNumbers: true)) yield return (stem, lang);
        }
    }

    private static string ScriptLanguage(string word, string fallback)
    {
        foreach (var c in word)
        {
            if (c is >= '\u0400' and <= '\u04FF') return fallback is "ru" or "uk" or "be" or "kk" or "bg" or "sr" ? fallback : "ru";
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')) return fallback is "ru" or "uk" or "be" or "kk" or "bg" or "sr" or "" ? "en" : fallback;
        }
        return StemmerLanguage(fallback);
    }

    private static IEnumerable<string> Expand(string stem, string language)
    {
        var clean = Clean(stem);
        if (clean.Length == 0) yield break;
        yield return clean;
        var again = Clean(Stemmer.StemFolded(clean, StemmerLanguage(language)));
        if (again.Length >= 3 && again.Length < clean.Length) yield return again;
    }

    /// <summary>Letters and digits only, so both databases' tokenizers see one token and no query syntax.</summary>
    private static string Clean(string stem)
    {
        var ok = true;
        foreach (var c in stem) ok &= char.IsLetterOrDigit(c);
        if (ok) return stem;
        var sb = new StringBuilder(stem.Length);
        foreach (var c in stem) if (char.IsLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Documents and queries in languages without a stemmer are folded but not stemmed.</summary>
    private static string StemmerLanguage(string language) => string.IsNullOrEmpty(language) ? "other" : language;
}
