using System.Text.RegularExpressions;

namespace Svodka.Understanding;

/// <summary>What the gazetteer in use was read from: the directory, the entries, each file's «As of:» line, and when.</summary>
public sealed partial record GazetteerSummary(
    string Directory, int Regions, int Countries, int Persons, IReadOnlyDictionary<string, string?> AsOfByFile, DateTimeOffset LoadedAt)
{
    /// <summary>The date a data file's header gives («# As of: 2026-01 …»), or null when it gives none.</summary>
    public static string? AsOf(string path)
    {
        foreach (var line in File.ReadLines(path).Take(40))
        {
            if (!line.StartsWith('#')) break;
            if (AsOfLine().Match(line) is { Success: true } match) return match.Groups[1].Value.TrimEnd(';', ',', '.');
        }
        return null;
    }

    [GeneratedRegex(@"^#\s*As of:\s*(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex AsOfLine();
}
