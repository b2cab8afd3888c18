using System.Buffers;
using System.Globalization;
using System.Net;

namespace Svodka.Ingest.Feeds.Xml;

/// <summary>Which characters XML allows, which start a name, and what an HTML entity stands for.</summary>
internal static class XmlCharacters
{
    public const string ControlChars = "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF";

    // The characters the repair pass stops at; everything between them is copied as it is.
    public static readonly SearchValues<char> RepairStops = SearchValues.Create("<&" + ControlChars);
    public static readonly SearchValues<char> RepairStopsWithSurrogates = SearchValues.Create("<&" + ControlChars + SurrogateChars());
    // Lone surrogates are caught by the reader only outside CDATA; inside, the control characters are what occur.
    public static readonly SearchValues<char> InvalidChars = SearchValues.Create(ControlChars);

    private static string SurrogateChars()
    {
        var chars = new char[0xE000 - 0xD800];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)(0xD800 + i);
        return new string(chars);
    }

    public static string? HtmlEntity(string name)
    {
        var decoded = WebUtility.HtmlDecode("&" + name + ";");
        return decoded.Length is > 0 and <= 2 && decoded[0] != '&' ? decoded : null;
    }

    public static string NumericReference(string decoded) =>
        "&#" + char.ConvertToUtf32(decoded, 0).ToString(CultureInfo.InvariantCulture) + ";";

    public static bool IsXmlChar(char c) =>
        c >= 0x20 ? c < 0xD800 || (c >= 0xE000 && c <= 0xFFFD) : c is '\t' or '\n' or '\r';

    public static bool IsXmlCodePoint(int code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    public static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == ':';

    public static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';
}
