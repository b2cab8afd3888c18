using System.Security.Cryptography;
using System.Text;

namespace Svodka.Web.Api;

/// <summary>
/// The opaque position a list page hands back as next_cursor: a kind («k» for a keyset of time and id, «o» for
/// an offset into search results, «s» for a slug, «i» for an id) and its values, with a short checksum so that
/// an edited or truncated cursor is refused as malformed rather than read as another position.
/// </summary>
public static class ApiCursor
{
    public static string Encode(char kind, params string[] values)
    {
        var payload = kind + "|" + string.Join('|', values);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(payload + "|" + Check(payload))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The values of a cursor of this kind with this many values, or a 400 "cursor is malformed".</summary>
    public static string[] Decode(string cursor, char kind, int count)
    {
        var malformed = ApiProblem.BadRequest("cursor is malformed: pass next_cursor from the previous page unchanged");
        if (cursor.Length is 0 or > 512) throw malformed;
        string text;
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
        }
        catch (FormatException)
        {
            throw malformed;
        }
        var cut = text.LastIndexOf('|');
        if (cut < 0 || text[(cut + 1)..] != Check(text[..cut])) throw malformed;
        var parts = text[..cut].Split('|');
        if (parts.Length != count + 1 || parts[0] != kind.ToString()) throw malformed;
        return parts[1..];
    }

    public static string Keyset(DateTimeOffset at, long id) => Encode('k', at.UtcTicks.ToString(), id.ToString());

    public static (DateTimeOffset At, long Id) ReadKeyset(string cursor)
    {
        var v = Decode(cursor, 'k', 2);
        if (!long.TryParse(v[0], out var ticks) || ticks < 0 || ticks > DateTimeOffset.MaxValue.UtcTicks || !long.TryParse(v[1], out var id))
            throw ApiProblem.BadRequest("cursor is malformed: pass next_cursor from the previous page unchanged");
        return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
    }

    public static string Offset(int skip) => Encode('o', skip.ToString());

    public static int ReadOffset(string cursor)
    {
        var v = Decode(cursor, 'o', 1);
        if (!int.TryParse(v[0], out var skip) || skip < 0)
            throw ApiProblem.BadRequest("cursor is malformed: pass next_cursor from the previous page unchanged");
        return skip;
    }

    private static string Check(string payload) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("svodka-cursor:" + payload)))[..10];
}
