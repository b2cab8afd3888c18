namespace Svodka.Core.Stories;

/// <summary>
/// Locality-sensitive hashing over <see cref="ShingleSignature"/> bands: articles whose texts are near
/// copies share a band bucket with high probability, so a reprint finds its original without comparing
/// against every recent article. An article leaves its buckets when its story closes or when it falls out
/// of the window of a story still open (its signature goes with it, <see cref="StoryMember.Compacted"/>);
/// buckets are capped too.
/// </summary>
internal sealed class ReprintIndex
{
    private const int BucketCap = 16;
    private readonly Dictionary<ulong, List<Filed>> _buckets = [];

    /// <summary>An article in the index and the entry that tells which story it is in now.</summary>
    internal sealed record Filed(StoryMember Member, ArticleEntry Entry);

    public void File(StoryMember member, ArticleEntry entry)
    {
        var signature = member.Article.Signature;
        if (signature.Length != ShingleSignature.Length) return;
        var filed = new Filed(member, entry);
        for (var band = 0; band < ShingleSignature.Bands; band++)
        {
            var key = ShingleSignature.BandKey(signature, band);
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = [];
            list.Add(filed);
            if (list.Count > BucketCap)
            {
                list.RemoveAll(f => !f.Entry.Story.IsOpen);
                if (list.Count > BucketCap) list.RemoveRange(0, list.Count - BucketCap);
            }
        }
    }

    /// <summary>The most similar open article (ties: the earlier filed) at or above <paramref name="threshold"/>.</summary>
    public Filed? FindCopy(uint[] signature, double threshold, Func<Filed, bool> accept)
    {
        if (signature.Length != ShingleSignature.Length) return null;
        Filed? best = null;
        var bestSimilarity = threshold;
        HashSet<Filed>? seen = null;
        for (var band = 0; band < ShingleSignature.Bands; band++)
        {
            if (!_buckets.TryGetValue(ShingleSignature.BandKey(signature, band), out var list)) continue;
            foreach (var f in list)
            {
                if (!f.Entry.Story.IsOpen || !(seen ??= new HashSet<Filed>(ReferenceEqualityComparer.Instance)).Add(f)) continue;
                var similarity = ShingleSignature.Similarity(signature, f.Member.Article.Signature);
                if (similarity < bestSimilarity || (similarity == bestSimilarity && best is not null) || !accept(f)) continue;
                best = f;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /// <summary>Takes the article out (its story closed, or it left the window); buckets left empty go.</summary>
    public void Remove(StoryMember member)
    {
        var signature = member.Article.Signature;
        if (signature.Length != ShingleSignature.Length) return;
        for (var band = 0; band < ShingleSignature.Bands; band++)
        {
            var key = ShingleSignature.BandKey(signature, band);
            if (!_buckets.TryGetValue(key, out var list)) continue;
            list.RemoveAll(f => ReferenceEquals(f.Member, member));
            if (list.Count == 0) _buckets.Remove(key);
        }
    }

    public int Buckets => _buckets.Count;
}

/// <summary>Where an article is: its story, updated when that story merges into another, and the article it reprints.</summary>
internal sealed class ArticleEntry(Story story, string? reprintOf)
{
    public Story Story { get; set; } = story;
    public string? ReprintOf { get; } = reprintOf;
}
