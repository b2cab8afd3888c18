using System.Text;

namespace Svodka.Core.Stories.Evaluation;

/// <summary>
/// Reads a Toloka pairs file (tgcontest toloka/clustering_pairs/*_pool.tsv): tab-separated, a header row,
/// fields quoted CSV-style where they hold quotes ("" inside a quoted field is one "). Columns are found by
/// name (INPUT:first_url, INPUT:first_title, INPUT:first_text, the same for second, GOLDEN:quality = OK|BAD),
/// so their order and extra columns do not matter. Rows without a label are skipped.
/// </summary>
public static class TolokaPairReader
{
    private static readonly string[] Required =
    [
        "INPUT:first_url", "INPUT:first_title", "INPUT:first_text",
        "INPUT:second_url", "INPUT:second_title", "INPUT:second_text", "GOLDEN:quality",
    ];

    /// <exception cref="FormatException">The header lacks a required column, or a row is cut short.</exception>
    public static List<TolokaPair> Read(TextReader reader)
    {
        var rows = Rows(reader).GetEnumerator();
        if (!rows.MoveNext()) throw new FormatException("The pairs file is empty: expected a header row.");
        var header = rows.Current;
        var columns = new int[Required.Length];
        for (var i = 0; i < Required.Length; i++)
        {
            columns[i] = header.FindIndex(h => h.Trim() == Required[i]);
            if (columns[i] < 0) throw new FormatException($"The pairs file has no column {Required[i]} (header: {string.Join(", ", header)}).");
        }

        var pairs = new List<TolokaPair>();
        var line = 1;
        while (rows.MoveNext())
        {
            line++;
            var row = rows.Current;
            if (row.Count == 1 && row[0].Length == 0) continue;
            if (row.Count < header.Count && columns.Max() >= row.Count)
                throw new FormatException($"Row {line} of the pairs file has {row.Count} fields, the header {header.Count}.");
            string Field(int k) => row[columns[k]].Trim();
            var label = Field(6);
            if (label.Length == 0) continue;
            pairs.Add(new TolokaPair(
                new PairArticle(Field(0), Field(1), Field(2)),
                new PairArticle(Field(3), Field(4), Field(5)),
                label.Equals("OK", StringComparison.OrdinalIgnoreCase)));
        }
        return pairs;
    }

    /// <summary>Rows of fields; a quoted field may hold tabs, quotes ("") and line breaks.</summary>
    private static IEnumerable<List<string>> Rows(TextReader reader)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var atFieldStart = true;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else quoted = false;
                continue;
            }
            switch (ch)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    break;
                case '\t':
                    row.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    yield return row;
                    row = [];
                    break;
                default:
                    field.Append(ch);
                    atFieldStart = false;
                    break;
            }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
