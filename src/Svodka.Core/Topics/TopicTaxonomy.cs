using System.Collections.Frozen;
using System.Globalization;
using Svodka.Core.Text;

namespace Svodka.Core.Topics;

/// <summary>A site rubric (config/topics.tsv) under one of the base rubrics.</summary>
public sealed record Topic(string Slug, string NameRu, string NameEn, string Parent);

/// <summary>A cue of a topic in one language: the stemmed terms of a word or phrase, and its weight.</summary>
internal sealed record TopicCue(int Topic, string[] Terms, double Weight);

/// <summary>
/// The topics and their cues, stemmed once with the same <see cref="TextAnalyzer"/> articles go through, so a
/// cue matches every form of its words. Immutable after <see cref="Load"/>; share one.
/// </summary>
public sealed class TopicTaxonomy
{
    /// <summary>The base rubrics (tgcontest taxonomy) a topic may sit under.</summary>
    public static IReadOnlyList<string> Parents { get; } = ["society", "economy", "technology", "sports", "entertainment", "science", "other"];

    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Per language, the cues by their first term.</summary>
    internal FrozenDictionary<string, FrozenDictionary<string, TopicCue[]>> CuesByFirstTerm { get; }

    private TopicTaxonomy(List<Topic> topics, Dictionary<string, List<TopicCue>> cues)
    {
        Topics = topics;
        CuesByFirstTerm = cues.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.GroupBy(c => c.Terms[0], StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>Reads topics.tsv (see its header). Throws <see cref="FormatException"/> naming the line.</summary>
    public static TopicTaxonomy Load(TextReader reader)
    {
        var topics = new List<Topic>();
        var cues = new Dictionary<string, List<TopicCue>>(StringComparer.Ordinal);
        string[]? header = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells.Select(c => c.Trim()).ToArray();
                foreach (var required in new[] { "slug", "name_ru", "name_en", "parent" })
                    if (!header.Contains(required)) throw new FormatException($"topics.tsv: header lacks '{required}'");
                continue;
            }
            string Cell(string column)
            {
                var i = Array.IndexOf(header, column);
                return i >= 0 && i < cells.Length ? cells[i].Trim() : "";
            }
            var parent = Cell("parent");
            if (!Parents.Contains(parent))
                throw new FormatException($"topics.tsv line {lineNumber}: parent '{parent}' is not one of {string.Join(", ", Parents)}");
            var topic = new Topic(Cell("slug"), Cell("name_ru"), Cell("name_en"), parent);
            if (topic.Slug.Length == 0) throw new FormatException($"topics.tsv line {lineNumber}: empty slug");
            topics.Add(topic);

            foreach (var column in header.Where(c => c.StartsWith("cues_", StringComparison.Ordinal)))
            {
                var lang = column["cues_".Length..];
                if (!cues.TryGetValue(lang, out var list)) cues[lang] = list = [];
                foreach (var cue in Cell(column).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var (text, weight) = ParseWeight(cue, lineNumber);
                    var terms = TextAnalyzer.Terms(text, lang);
                    if (terms.Count == 0) continue; // a cue made only of stop words matches nothing
                    // Two cues of a topic with one stem («погиб», «погибли») would count one word twice.
                    if (list.Any(c => c.Topic == topics.Count - 1 && c.Terms.SequenceEqual(terms))) continue;
                    list.Add(new TopicCue(topics.Count - 1, [.. terms], weight));
                }
            }
        }
        if (header is null) throw new FormatException("topics.tsv: no header row");
        return new TopicTaxonomy(topics, cues);
    }

    private static (string Text, double Weight) ParseWeight(string cue, int lineNumber)
    {
        var star = cue.LastIndexOf('*');
        if (star < 0) return (cue, 1);
        if (!double.TryParse(cue[(star + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight <= 0)
            throw new FormatException($"topics.tsv line {lineNumber}: bad weight in '{cue}'");
        return (cue[..star].Trim(), weight);
    }
}
