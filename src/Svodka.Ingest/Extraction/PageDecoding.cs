using System.Text;
using System.Text.RegularExpressions;

namespace Svodka.Ingest.Extraction;

/// <summary>
/// Turns the bytes of an HTML page into text. The charset comes, in this order, from a byte-order mark
/// (it beats the header, as in browsers), the Content-Type header, a &lt;meta charset&gt; or http-equiv in
/// the first 4 KB, and only then from the bytes: valid UTF-8 stays UTF-8, Cyrillic single-byte text is
/// told apart as windows-1251 or koi8-r, anything else is read as windows-1252.
/// </summary>
public static partial class PageDecoding
{
    private const int MetaScanBytes = 4096;

    static PageDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (encoding, preamble) = FromByteOrderMark(body);
        encoding ??= FromLabel(CharsetOf(contentType))
                     ?? FromMeta(body)
                     ?? Detect(body);
        return encoding.GetString(body, preamble, body.Length - preamble);
    }

    /// <summary>The encoding the bytes look like when nothing declares one.</summary>
    internal static Encoding Detect(ReadOnlySpan<byte> body)
    {
        if (IsValidUtf8(body)) return new UTF8Encoding(false, false);
        return CyrillicSingleByte.Guess(body) ?? Encoding.GetEncoding(1252);
    }

    private static (Encoding?, int) FromByteOrderMark(byte[] b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (new UTF8Encoding(false, false), 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (Encoding.Unicode, 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (Encoding.BigEndianUnicode, 2);
        return (null, 0);
    }

    private static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var m = CharsetParameter().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding? FromMeta(byte[] body)
    {
        // Only ASCII matters for the declaration; Latin-1 maps every byte to one char without failing.
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, MetaScanBytes));
        foreach (Match m in MetaTag().Matches(head))
        {
            var tag = m.Value;
            var charset = MetaCharset().Match(tag);
            if (charset.Success && FromLabel(charset.Groups[1].Value) is { } e) return Utf16AsUtf8(e);
        }
        return null;
    }

    /// <summary>A page cannot really be UTF-16 if its meta tag was readable as ASCII (HTML spec does the same).</summary>
    private static Encoding Utf16AsUtf8(Encoding e) =>
        e.CodePage is 1200 or 1201 ? new UTF8Encoding(false, false) : e;

    internal static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "utf8" => "utf-8",
            "cp1251" or "win-1251" or "windows1251" or "x-cp1251" => "windows-1251",
            "koi8r" or "koi8" => "koi8-r",
            // WHATWG: these labels mean windows-1252, which is a superset browsers actually use.
            "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" => "windows-1252",
            _ => name,
        };
        try
        {
            var e = Encoding.GetEncoding(name);
            return e.CodePage == 65001 ? new UTF8Encoding(false, false) : e;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> body)
    {
        if (System.Text.Unicode.Utf8.IsValid(body)) return true;
        // A page cut by the fetcher's size cap may end inside a sequence.
        for (var cut = 1; cut <= 3 && cut < body.Length; cut++)
            if (System.Text.Unicode.Utf8.IsValid(body[..^cut])) return true;
        return false;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
