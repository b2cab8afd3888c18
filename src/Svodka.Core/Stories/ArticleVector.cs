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

        var order = new int[Terms.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var terms = Terms;
        var weights = Weights;
        Array.Sort(order, (a, b) => weights[b].CompareTo(weights[a]) is var c && c != 0 ? c : string.CompareOrdinal(terms[a], terms[b]));
        Strongest = new (string, double)[Math.Min(strongest, order.Length)];
        for (var i = 0; i < Strongest.Length; i++) Strongest[i] = (Terms[order[i]], Weights[order[i]]);

        Entities = article.EntityKeys().ToArray();
        Mentioned = Terms.Union(article.Names, StringComparer.Ordinal).Union(article.BodyNames, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        TitleQuantities = article.TitleQuantities.Select(SalientNumbers.ParseQuantity).ToArray();
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
