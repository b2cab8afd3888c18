namespace Svodka.Core.Entities;

/// <summary>
/// Reads the operator-edited gazetteer files: tab-separated, '#' comment lines, a header row naming the
/// columns, missing trailing cells read as empty. Errors name the line, so a typo is found in seconds.
/// </summary>
internal static class TsvTable
{
    public sealed class Row(IReadOnlyDictionary<string, int> columns, string[] cells, int lineNumber)
    {
        public int LineNumber { get; } = lineNumber;

        public string this[string column] =>
            columns.TryGetValue(column, out var i) ? (i < cells.Length ? cells[i].Trim() : "")
                : throw new FormatException($"no column '{column}' in the header");

        /// <summary>The cell, or null when it is empty or '-'.</summary>
        public string? Optional(string column) => this[column] is { Length: > 0 } v && v != "-" ? v : null;

        public string Required(string column) =>
            Optional(column) ?? throw new FormatException($"line {LineNumber}: '{column}' is empty");

        /// <summary>The ';'-separated values of a cell.</summary>
        public string[] List(string column) =>
            this[column].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(v => v != "-").ToArray();
    }

    public static IEnumerable<Row> Read(TextReader reader, string fileName, params string[] requiredColumns)
    {
        Dictionary<string, int>? columns = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.Trim().Length == 0) continue;
            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = cells.Select((c, i) => (c.Trim(), i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);
                var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                    throw new FormatException($"{fileName}: header lacks {string.Join(", ", missing)}");
                continue;
            }
            yield return new Row(columns, cells, lineNumber);
        }
        if (columns is null) throw new FormatException($"{fileName}: no header row");
    }
}
