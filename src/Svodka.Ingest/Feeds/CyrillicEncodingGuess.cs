using System.Text;

namespace Svodka.Ingest.Feeds;

/// <summary>
/// Tells windows-1251 from koi8-r (and both from windows-1252) for undeclared single-byte text. The two Cyrillic
/// code pages put lower- and upper-case letters in swapped halves of 0xC0–0xFF, so the wrong one turns ordinary
/// prose into mostly capitals in odd order: the right one is the one whose letters look like Russian, scored by
/// how often each decoded lower-case letter occurs in Russian text.
/// </summary>
internal static class CyrillicEncodingGuess
{
    private static readonly Encoding Windows1251;
    private static readonly Encoding Koi8R;
    private static readonly Encoding Windows1252;

    static CyrillicEncodingGuess()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1251 = Encoding.GetEncoding(1251);
        Koi8R = Encoding.GetEncoding("koi8-r");
        Windows1252 = Encoding.GetEncoding(1252);
    }

    // Rough frequency (per mille) of Russian lower-case letters а..я; upper-case letters score nothing, which is
    // what separates the right code page from the swapped one.
    private static readonly int[] RussianLetterWeight =
    [
        80, 16, 45, 17, 30, 85, 9, 17, 74, 12, 35, 44, 32, 67, 110, 28, 47, 55, 63, 26, 3, 10, 5, 14, 7, 4, 1, 19, 17, 3, 6, 20,
    ];

    public static Encoding For(ReadOnlySpan<byte> body)
    {
        var sample = body[..Math.Min(body.Length, 64 * 1024)];
        if (!LooksCyrillic(sample)) return Windows1252;
        return Score(Windows1251.GetString(sample)) >= Score(Koi8R.GetString(sample)) ? Windows1251 : Koi8R;
    }

    // Cyrillic text is runs of high bytes; Western text is ASCII with an accented letter here and there.
    private static bool LooksCyrillic(ReadOnlySpan<byte> sample)
    {
        int high = 0, inRuns = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] < 0xC0) continue;
            high++;
            if ((i > 0 && sample[i - 1] >= 0xC0) || (i + 1 < sample.Length && sample[i + 1] >= 0xC0)) inRuns++;
        }
        return high > 0 && inRuns * 2 >= high;
    }

    private static long Score(string text)
    {
        long score = 0;
        foreach (var c in text)
            if (c is >= 'а' and <= 'я') score += RussianLetterWeight[c - 'а'];
        return score;
    }
}
