namespace Svodka.Core.Stories;

/// <summary>
/// An article prepared for matching: its terms weighted by the IDF in force (sorted by term), the vector's
/// length, the strongest terms a candidate search looks up and its entity keys.
/// </summary>
internal sealed class ArticleVector
{
    public readonly StoryFeatures Article;
    public readonly string[] Terms;
    public readonly double[] Weights;
    /// <summary>Each term's IDF (so scoring against many candidates looks it up once).</summary>
    public readonly double[] Idfs;
    public readonly double Norm;
    /// <summary>The heaviest terms (ties by term): the keys a candidate search looks up and a story is filed under.</summary>
    public readonly (string Term, double Weight)[] Strongest;
    public readonly (string Key, double Confidence)[] Entities;
    /// <summary>Every stem the title or lead has, as a term or as a name, and the names further down the text: distinct, sorted.</summary>
    public readonly string[] Mentioned;
    /// <summary>The title's quantities, parsed once.</summary>
    public readonly (double Value, string Unit)[] TitleQuantities;

    public ArticleVector(StoryFeatures article, Func<string, double> idf, int strongest)
    {
        Article = article;
        Terms = new string[article.Terms.Count];
        Weights = new double[article.Terms.Count];
        Idfs = new double[article.Terms.Count];
        var sum = 0.0;
        var sorted = true;
        for (var i = 0; i < Terms.Length; i++)
        {
            var t = article.Terms[i];
            Terms[i] = t.Term;
            Idfs[i] = idf(t.Term);
            Weights[i] = t.Weight * Idfs[i];
            sum += Weights[i] * Weights[i];
            if (i > 0 && string.CompareOrdinal(Terms[i - 1], Terms[i]) > 0) sorted = false;
        }
        Norm = Math.Sqrt(sum);
        // Features read back from a store may not keep the order From gave them; Has needs it.
        if (!sorted)
        {
            var keys = (string[])Terms.Clone();
            Array.Sort(keys, Weights, StringComparer.Ordinal);
            Array.Sort(Terms, Idfs, StringComparer.Ordinal);
        }

        Strongest = Heaviest(Terms, Weights, strongest);
        Entities = article.EntityKeys().ToArray();
        Mentioned = SortedDistinct(Terms, article.Names, article.BodyNames);
        TitleQuantities = article.TitleQuantities.Select(SalientNumbers.ParseQuantity).ToArray();
    }

    /// <summary>The <paramref name="count"/> heaviest terms, heaviest first (ties: by term), kept by insertion: a dozen of some forty.</summary>
    private static (string Term, double Weight)[] Heaviest(string[] terms, double[] weights, int count)
    {
        var top = new (string Term, double Weight)[Math.Min(count, terms.Length)];
        var filled = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var candidate = (terms[i], weights[i]);
            if (filled == top.Length && !Before(candidate, top[filled - 1])) continue;
            var at = filled < top.Length ? filled++ : filled - 1;
            while (at > 0 && Before(candidate, top[at - 1]))
            {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = candidate;
        }
        return top;

        static bool Before((string Term, double Weight) a, (string Term, double Weight) b) =>
            a.Weight > b.Weight || a.Weight == b.Weight && string.CompareOrdinal(a.Term, b.Term) < 0;
    }

    /// <summary>The strings of all three lists, sorted (ordinal) and each once.</summary>
    private static string[] SortedDistinct(string[] a, IReadOnlyList<string> b, IReadOnlyList<string> c)
    {
        var all = new string[a.Length + b.Count + c.Count];
        a.CopyTo(all, 0);
        for (var i = 0; i < b.Count; i++) all[a.Length + i] = b[i];
        for (var i = 0; i < c.Count; i++) all[a.Length + b.Count + i] = c[i];
        Array.Sort(all, StringComparer.Ordinal);
        var n = 0;
        foreach (var s in all)
            if (n == 0 || !string.Equals(all[n - 1], s, StringComparison.Ordinal)) all[n++] = s;
        return n == all.Length ? all : all[..n];
    }

    /// <summary>The IDF-weighted weight of a term, 0 when the article does not have it.</summary>
    public double WeightOf(string term)
    {
        var i = Array.BinarySearch(Terms, term, StringComparer.Ordinal);
        return i >= 0 ? Weights[i] : 0;
    }

    public bool Has(string term) => Array.BinarySearch(Terms, term, StringComparer.Ordinal) >= 0;

    public bool HasEntity(string key)
    {
        foreach (var (k, _) in Entities)
            if (k == key) return true;
        return false;
    }
}
