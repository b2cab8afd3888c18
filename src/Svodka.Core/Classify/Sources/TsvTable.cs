namespace Svodka.Core.Classify.Sources;

/// <summary>
/// A tab-separated file whose first row names the columns, read row by row. The labelled sets put their
/// columns in different orders (and add columns between releases), so readers look columns up by name.
/// Fields are taken as they stand: the sets do not quote, and a quote inside a text is part of the text.
/// </summary>
internal sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(Dictionary<string, int> columns) => _columns = columns;

    public static IEnumerable<TsvRow> Read(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null) yield break;
        var names = header.TrimStart('\uFEFF').Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++) columns.TryAdd(names[i].Trim(), i);
        var table = new TsvTable(columns);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            yield return new TsvRow(table, line.TrimEnd('\r').Split('\t'));
        }
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    internal int IndexOf(string column) => _columns.TryGetValue(column, out var i) ? i : -1;
}

internal readonly struct TsvRow(TsvTable table, string[] fields)
{
    public bool Has(string column) => table.Has(column);

    /// <summary>The field under <paramref name="column"/>, or "" when the row or the header lacks it.</summary>
    public string this[string column]
    {
        get
        {
            var i = table.IndexOf(column);
            return i >= 0 && i < fields.Length ? fields[i] : "";
        }
    }
}
