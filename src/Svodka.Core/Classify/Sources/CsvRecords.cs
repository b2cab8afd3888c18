using System.Text;

namespace Svodka.Core.Classify.Sources;

/// <summary>
/// RFC 4180 comma-separated records: quoted fields may hold commas, doubled quotes and line breaks.
/// The first record is the header; records come back as name → field maps.
/// </summary>
internal static class CsvRecords
{
    /// <summary>A field longer than this is cut: a runaway quote must not swallow the rest of the file into memory.</summary>
    private const int MaxFieldChars = 1 << 20;

    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(TextReader reader)
    {
        string[]? header = null;
        foreach (var record in Records(reader))
        {
            if (header is null)
            {
                header = [.. record.Select(h => h.TrimStart('\uFEFF').Trim())];
                continue;
            }
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++) map[header[i]] = i < record.Count ? record[i] : "";
            yield return map;
        }
    }

    private static IEnumerable<List<string>> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); Append(field, '"'); }
                    else quoted = false;
                }
                else Append(field, (char)c);
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    any = false;
                    break;
                default:
                    Append(field, (char)c);
                    break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    private static void Append(StringBuilder field, char c)
    {
        if (field.Length < MaxFieldChars) field.Append(c);
    }
}
