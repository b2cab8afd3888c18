using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Svodka.Core.Text;

namespace Svodka.Core.Stories;

/// <summary>
/// A MinHash signature of an article's word 3-grams (folded words, not stems: reprints copy words, not
/// meanings). Two signatures agree in a share of positions that estimates the Jaccard similarity of the
/// two texts' 3-gram sets; agreeing bands (<see cref="Bands"/> × <see cref="RowsPerBand"/>) make texts
/// that are near copies meet in one bucket of <see cref="ReprintIndex"/>. The hash is FNV-1a with fixed
/// seeds, so a signature is the same in every process and can be stored.
/// </summary>
public static class ShingleSignature
{
    public const int Bands = 16;
    public const int RowsPerBand = 4;
    public const int Length = Bands * RowsPerBand;
    /// <summary>Fewer 3-grams than this and a text is too short to call anything a copy of it.</summary>
    public const int MinShingles = 12;
    /// <summary>Words of the text looked at: enough to tell a reprint, bounded so long texts cost the same.</summary>
    private const int MaxWords = 160;
    private const int Width = 3;

    private static readonly ulong[] Seeds = MakeSeeds(0x5F0D4A2B1C3E6F70UL);
    private static readonly ulong[] Multipliers = MakeSeeds(0x2545F4914F6CDD1DUL).Select(m => m | 1).ToArray();

    /// <summary>The signature of <paramref name="text"/>, or an empty array when the text is too short.</summary>
    public static uint[] Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        // MaxWords words fit well within this many characters; normalising a long text whole costs for nothing.
        var normalized = TextNormalizer.NormalizeHead(text, MaxWords * 16);
        Span<ulong> words = stackalloc ulong[MaxWords];
        var count = 0;
        Span<char> buffer = stackalloc char[128];
        foreach (var token in Tokenizer.Scan(normalized))
        {
            var surface = normalized.AsSpan(token.Offset, token.Length);
            if (surface.Length > buffer.Length) continue;
            var n = TextNormalizer.FoldCase(surface, buffer);
            words[count++] = Fnv(buffer[..n]);
            if (count == MaxWords) break;
        }
        var shingles = count - Width + 1;
        if (shingles < MinShingles) return [];

        // One well-mixed hash per shingle, then a cheap odd-multiplier permutation per position: the high bits
        // of (x × odd) are as good as a fresh hash for taking minima, at a tenth of the cost.
        Span<ulong> hashes = stackalloc ulong[shingles];
        for (var i = 0; i < shingles; i++)
            hashes[i] = Mix(words[i] ^ Mix(words[i + 1] + 0x9E3779B97F4A7C15UL) ^ Mix(Mix(words[i + 2]) + 0x632BE59BD9B4E019UL));
        return Vector256.IsHardwareAccelerated ? Minima256(hashes) : Minima(hashes);
    }

    /// <summary>The signature of the shingle hashes, a position at a time.</summary>
    internal static uint[] Minima(ReadOnlySpan<ulong> hashes)
    {
        var signature = new uint[Length];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in hashes)
            for (var k = 0; k < Length; k++)
            {
                var h = (uint)(((shingle ^ Seeds[k]) * Multipliers[k]) >> 32);
                if (h < signature[k]) signature[k] = h;
            }
        return signature;
    }

    /// <summary>The same signature as <see cref="Minima"/>, four positions at a time.</summary>
    internal static uint[] Minima256(ReadOnlySpan<ulong> hashes)
    {
        const int lanes = 4;
        Span<Vector256<ulong>> minima = stackalloc Vector256<ulong>[Length / lanes];
        minima.Fill(Vector256.Create((ulong)uint.MaxValue));
        var seeds = MemoryMarshal.Cast<ulong, Vector256<ulong>>(Seeds);
        var multipliers = MemoryMarshal.Cast<ulong, Vector256<ulong>>(Multipliers);
        foreach (var shingle in hashes)
        {
            var x = Vector256.Create(shingle);
            for (var v = 0; v < minima.Length; v++)
                minima[v] = Vector256.Min(minima[v], Vector256.ShiftRightLogical((x ^ seeds[v]) * multipliers[v], 32));
        }
        var signature = new uint[Length];
        for (var v = 0; v < minima.Length; v++)
            for (var l = 0; l < lanes; l++)
                signature[v * lanes + l] = (uint)minima[v].GetElement(l);
        return signature;
    }

    /// <summary>Share of positions where two signatures agree: an estimate of the texts' 3-gram Jaccard similarity.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        if (a.Length != Length || b.Length != Length) return 0;
        var same = 0;
        for (var k = 0; k < Length; k++)
            if (a[k] == b[k]) same++;
        return (double)same / Length;
    }

    /// <summary>The bucket key of band <paramref name="band"/>: texts with an equal key are candidates for a copy.</summary>
    public static ulong BandKey(uint[] signature, int band)
    {
        var h = 0xCBF29CE484222325UL ^ (ulong)band;
        for (var r = 0; r < RowsPerBand; r++)
            h = Mix(h ^ signature[band * RowsPerBand + r]);
        return h;
    }

    private static ulong Fnv(ReadOnlySpan<char> word)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        return h;
    }

    /// <summary>SplitMix64's finaliser: spreads every input bit over the output.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds(ulong state)
    {
        var seeds = new ulong[Length];
        for (var k = 0; k < Length; k++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[k] = Mix(state);
        }
        return seeds;
    }
}
