using System.Text;

namespace Svodka.Ingest.Extraction;

/// <summary>
/// Tells windows-1251 from koi8-r (and both from Latin text) by the bytes alone. Russian words are
/// runs of high bytes, mostly lower-case: windows-1251 puts lower case at 0xE0-0xFF, koi8-r at
/// 0xC0-0xDF. Latin-1 text has high bytes too (ä, ß, é), but alone between ASCII letters.
/// </summary>
internal static class CyrillicSingleByte
{
    public static Encoding? Guess(ReadOnlySpan<byte> body)
    {
        int high = 0, inRuns = 0, upperHalf = 0, lowerHalf = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b < 0xC0) { if (b >= 0x80) high++; continue; }
            high++;
            if (b >= 0xE0) upperHalf++; else lowerHalf++;
            var previousHigh = i > 0 && body[i - 1] >= 0xC0;
            var nextHigh = i + 1 < body.Length && body[i + 1] >= 0xC0;
            if (previousHigh || nextHigh) inRuns++;
        }
        var letters = upperHalf + lowerHalf;
        if (letters < 8 || letters < high * 0.6 || inRuns < letters * 0.5) return null;
        return Encoding.GetEncoding(upperHalf >= lowerHalf ? 1251 : 20866);
    }
}
