using System.Globalization;
using System.Text;

namespace Svodka.Ingest.Tests.Feeds.Gofeed;

/// <summary>Per-field counts of how often our parse agrees with gofeed's expectation.</summary>
internal sealed class AgreementTable
{
    private sealed class Row
    {
        public int Compared, Exact, Intended;
        public double Agreement => Compared == 0 ? 1 : (Exact + Intended) / (double)Compared;
    }

    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, int> _reasons = new(StringComparer.Ordinal);
    private readonly List<string> _disagreements = [];

    public void Count(string field, string where, string? expected, string? ours, string? intendedReason)
    {
        var row = RowFor(field);
        row.Compared++;
        if (expected == ours) row.Exact++;
        else if (intendedReason is not null)
        {
            row.Intended++;
            _reasons[$"{field}: {intendedReason}"] = _reasons.GetValueOrDefault($"{field}: {intendedReason}") + 1;
        }
        else _disagreements.Add($"{where} {field}: expected {Show(expected)}, ours {Show(ours)}");
    }

    public double Agreement(string field) => RowFor(field).Agreement;

    public IEnumerable<string> Fields => _order;

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("gofeed testdata: per-field agreement of Svodka's FeedParser with gofeed's expected parse");
        text.AppendLine($"{"field",-12} {"compared",9} {"exact",7} {"intended",9} {"differ",7} {"agreement",10}");
        foreach (var field in _order)
        {
            var r = _rows[field];
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{field,-12} {r.Compared,9} {r.Exact,7} {r.Intended,9} {r.Compared - r.Exact - r.Intended,7} {r.Agreement,10:P1}"));
        }
        text.AppendLine();
        text.AppendLine("intended differences counted as agreement:");
        foreach (var (reason, count) in _reasons.OrderBy(r => r.Key, StringComparer.Ordinal)) text.AppendLine($"  {count,4}  {reason}");
        text.AppendLine();
        text.AppendLine($"disagreements ({_disagreements.Count}):");
        foreach (var line in _disagreements) text.AppendLine("  " + line);
        return text.ToString();
    }

    private Row RowFor(string field)
    {
        if (!_rows.TryGetValue(field, out var row))
        {
            _rows[field] = row = new Row();
            _order.Add(field);
        }
        return row;
    }

    private static string Show(string? value) =>
        value is null ? "null" : "\"" + (value.Length > 120 ? value[..120] + "…" : value).ReplaceLineEndings("⏎") + "\"";
}
