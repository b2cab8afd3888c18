using System.Text;
using System.Text.RegularExpressions;

namespace Svodka.Ingest.Feeds;

/// <summary>
/// Decodes a feed's bytes. A byte order mark wins; then the HTTP charset, then the XML prolog's encoding. Russian
/// servers often declare one thing and send another, so a declaration is checked against the bytes: bytes that are
/// valid UTF-8 with non-ASCII letters are UTF-8 whatever a single-byte declaration says, and bytes that are not
/// valid UTF-8 are never decoded as UTF-8. With nothing usable declared, a Cyrillic single-byte text is told apart
/// (windows-1251 or koi8-r) by <see cref="CyrillicEncodingGuess"/>.
/// </summary>
public static partial class FeedEncoding
{
    static FeedEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body, string? contentType = null)
    {
        var (encoding, bomLength) = FromBom(body);
        if (encoding is not null) return encoding.GetString(body[bomLength..]);

        var header = Usable(ByName(CharsetOf(contentType)), body);
        var prolog = Usable(ByName(PrologEncoding(body)), body);
        if ((header ?? prolog) is UnicodeEncoding or UTF32Encoding) return (header ?? prolog)!.GetString(body);
        var isUtf8 = IsValidUtf8(body, out var hasNonAscii);
        if (isUtf8 && (hasNonAscii || (header ?? prolog) is null)) return Encoding.UTF8.GetString(body);
        // Not UTF-8, whatever the header says: the first single-byte encoding declared (header, then prolog) is it.
        if (header is not null and not UTF8Encoding) return header.GetString(body);
        if (prolog is not null and not UTF8Encoding) return prolog.GetString(body);
        return CyrillicEncodingGuess.For(body).GetString(body);
    }

    // A UTF-16 declaration on bytes without a NUL among the first is a lie (.NET's StringWriter writes one).
    private static Encoding? Usable(Encoding? declared, ReadOnlySpan<byte> body) =>
        declared is UnicodeEncoding or UTF32Encoding && !body[..Math.Min(body.Length, 8)].Contains((byte)0) ? null : declared;

    /// <summary>The encoding a charset label names ("windows-1251", "cp1251", "koi8-r", "utf8"), or null.</summary>
    public static Encoding? ByName(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant() switch
        {
            "utf8" => "utf-8",
            "cp1251" or "win-1251" or "win1251" or "windows1251" or "x-cp1251" => "windows-1251",
            "koi8r" or "koi8" => "koi8-r",
            "cp1252" => "windows-1252",
            var other => other,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding? Encoding, int Length) FromBom(ReadOnlySpan<byte> body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        _ => (null, 0),
    };

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null) return null;
        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    // The prolog is ASCII in every encoding a feed uses here; it sits in the first few hundred bytes.
    private static string? PrologEncoding(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]);
        var match = PrologEncodingAttribute().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> body, out bool hasNonAscii)
    {
        hasNonAscii = !Ascii.IsValid(body);
        return !hasNonAscii || System.Text.Unicode.Utf8.IsValid(body);
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<\?xml[^>]*?encoding\s*=\s*[""']([\w.:-]+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex PrologEncodingAttribute();
}
