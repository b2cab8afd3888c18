using System.Net.Http.Headers;

namespace Svodka.Ingest.Fetching;

/// <summary>
/// Header values that are stored and sent back (validators, Content-Type, Accept) taken as raw text, not
/// through the typed parsers: an unquoted ETag is common and must survive the round trip.
/// </summary>
internal static class HeaderText
{
    // Anything longer is not a real validator or media type, just something we would store for an attacker.
    private const int MaxLength = 1024;

    /// <summary>The first value of the header, cleaned; null when absent or unfit.</summary>
    public static string? First(HttpHeadersNonValidated headers, string name)
    {
        if (!headers.TryGetValues(name, out var values)) return null;
        foreach (var value in values) return Clean(value);
        return null;
    }

    /// <summary>
    /// The value when it is printable ASCII of sane length, else null: a line break would let a stored
    /// value inject headers into the next request.
    /// </summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength) return null;
        foreach (var c in value)
            if (c is < ' ' or > '~') return null;
        return value.Trim();
    }
}
