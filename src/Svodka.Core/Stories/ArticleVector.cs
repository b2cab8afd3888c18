namespace Svodka.Core.Stories;

/// <summary>An article's terms weighted by IDF at the moment it is matched, with the vector's length.</summary>
internal sealed class ArticleVector
{
    public readonly string[] Terms;
    public readonly double[] Weights;
    public readonly double Norm;

    public ArticleVector(StoryFeatures article, Func<string, double> idf)
    {
        Terms = new string[article.Terms.Count];
        Weights = new double[article.Terms.Count];
        var sum = 0.0;
        for (var i = 0; i < Terms.Length; i++)
        {
            var t = article.Terms[i];
            Terms[i] = t.Term;
            Weights[i] = t.Weight * idf(t.Term);
            sum += Weights[i] * Weights[i];
        }
        Norm = Math.Sqrt(sum);
        // Features read back from a store may not keep the order From gave them; Has needs it.
        for (var i = 1; i < Terms.Length; i++)
            if (string.CompareOrdinal(Terms[i - 1], Terms[i]) > 0)
            {
                Array.Sort(Terms, Weights, StringComparer.Ordinal);
                break;
            }
    }

    /// <summary>True when the article has the term (terms are sorted ordinally).</summary>
    public bool Has(string term) => Array.BinarySearch(Terms, term, StringComparer.Ordinal) >= 0;

    /// <summary>The <paramref name="count"/> heaviest terms (ties by term), the keys a candidate search looks up.</summary>
    public IEnumerable<(string Term, double Weight)> Strongest(int count) =>
        Enumerable.Range(0, Terms.Length)
            .OrderByDescending(i => Weights[i]).ThenBy(i => Terms[i], StringComparer.Ordinal)
            .Take(count)
            .Select(i => (Terms[i], Weights[i]));
}
