namespace Svodka.Core.Language;

/// <summary>
/// Letter counts by script, and of the Cyrillic letters that tell Russian, Ukrainian, Belarusian and Kazakh
/// apart. One pass over the sample, no allocation: it decides most texts before a statistical model is asked.
/// </summary>
internal struct ScriptProfile
{
    public int Letters;
    public int Latin;
    public int Cyrillic;
    /// <summary>Letters of any other script (Arabic, CJK, Greek, Devanagari, …).</summary>
    public int OtherScript;

    /// <summary>і: Ukrainian, Belarusian and Kazakh, never Russian.</summary>
    public int DottedI;
    /// <summary>ї є ґ: Ukrainian only.</summary>
    public int Ukrainian;
    /// <summary>ў: Belarusian only.</summary>
    public int ShortU;
    /// <summary>ә ғ қ ұ һ: Kazakh (among the languages Svodka serves and the Cyrillic ones it meets).</summary>
    public int Kazakh;
    /// <summary>ң ө ү: Kazakh, but also Kyrgyz, Tatar, Mongolian.</summary>
    public int TurkicShared;
    /// <summary>и: Russian, Ukrainian, Kazakh (in loans), Bulgarian; never Belarusian.</summary>
    public int CyrillicI;
    /// <summary>ы э: Russian, Belarusian, Kazakh; never Ukrainian.</summary>
    public int YeryE;
    /// <summary>ё ъ: Russian (ъ also Bulgarian).</summary>
    public int RussianOnly;
    /// <summary>ј љ њ ћ ђ џ ѓ ќ ѕ: Serbian and Macedonian.</summary>
    public int SouthSlavic;
    /// <summary>ı İ ğ Ğ: Turkish (and Azerbaijani, which also writes ə); counted among the Latin letters too.</summary>
    public int Turkish;
    /// <summary>ơ ư and the letters with two marks (ạ ả ấ … ỹ): Vietnamese; counted among the Latin letters too.</summary>
    public int Vietnamese;

    public static ScriptProfile Of(ReadOnlySpan<char> text)
    {
        var p = new ScriptProfile();
        foreach (var raw in text)
        {
            if (!char.IsLetter(raw)) continue;
            p.Letters++;
            if (raw < 0x250)
            {
                if (raw is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || raw >= 0xC0) p.Latin++;
                if (raw is '\u01A0' or '\u01A1' or '\u01AF' or '\u01B0') p.Vietnamese++;
                else if (raw is '\u0130' or '\u0131' or '\u011E' or '\u011F') p.Turkish++;
                continue;
            }
            if (raw is >= '\u1EA0' and <= '\u1EF9')
            {
                p.Latin++;
                p.Vietnamese++;
                continue;
            }
            if (raw is < '\u0400' or > '\u04FF')
            {
                p.OtherScript++;
                continue;
            }
            p.Cyrillic++;
            switch (Svodka.Core.Text.TextNormalizer.LowerInvariant(raw))
            {
                case 'і': p.DottedI++; break;
                case 'ї' or 'є' or 'ґ': p.Ukrainian++; break;
                case 'ў': p.ShortU++; break;
                case 'ә' or 'ғ' or 'қ' or 'ұ' or 'һ': p.Kazakh++; break;
                case 'ң' or 'ө' or 'ү': p.TurkicShared++; break;
                case 'и': p.CyrillicI++; break;
                case 'ы' or 'э': p.YeryE++; break;
                case 'ё' or 'ъ': p.RussianOnly++; break;
                case 'ј' or 'љ' or 'њ' or 'ћ' or 'ђ' or 'џ' or 'ѓ' or 'ќ' or 'ѕ': p.SouthSlavic++; break;
            }
        }
        return p;
    }
}
