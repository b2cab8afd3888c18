using System.Text.RegularExpressions;

namespace Svodka.Core.Classify.Sources;

/// <summary>
/// ria-topics-partial (ria_news_topics_*.csv): RIA Novosti articles under the ria.ru rubric they were listed in
/// (columns url, title, subtitle, content, topic). The rubric is mapped to the contest taxonomy:
/// <list type="table">
/// <item><term>economy</term><description>economy</description></item>
/// <item><term>culture, showbiz</term><description>entertainment: RIA's culture is cinema, theatre, music, books,
/// the contest's entertainment</description></item>
/// <item><term>society, politics, world, incidents, defense_safety, religion</term><description>society (the contest puts
/// politics, incidents and crime in society)</description></item>
/// <item><term>science</term><description>science</description></item>
/// <item><term>sport</term><description>sports</description></item>
/// <item><term>tourism</term><description>other</description></item>
/// </list>
/// Other rubrics are skipped. The dateline RIA starts every text with («МОСКВА, 20 окт - РИА Новости.») is
/// cut: it says who wrote the article, not what it is about, and would teach the model that RIA means these
/// three rubrics.
/// </summary>
public static partial class RiaTopics
{
    private static readonly Dictionary<string, string> RubricByTopic = new(StringComparer.OrdinalIgnoreCase)
    {
        ["economy"] = Rubrics.Economy,
        ["culture"] = Rubrics.Entertainment,
        ["showbiz"] = Rubrics.Entertainment,
        ["society"] = Rubrics.Society,
        ["politics"] = Rubrics.Society,
        ["world"] = Rubrics.Society,
        ["incidents"] = Rubrics.Society,
        ["defense_safety"] = Rubrics.Society,
        ["religion"] = Rubrics.Society,
        ["science"] = Rubrics.Science,
        ["sport"] = Rubrics.Sports,
        ["tourism"] = Rubrics.Other,
    };

    public static string? MapTopic(string topic) => RubricByTopic.GetValueOrDefault(topic.Trim());

    public static IEnumerable<LabelledExample> Read(TextReader reader)
    {
        foreach (var record in CsvRecords.Read(reader))
        {
            var label = MapTopic(record.GetValueOrDefault("topic") ?? "");
            var title = (record.GetValueOrDefault("title") ?? "").Trim();
            if (label is null || title.Length == 0) continue;
            var text = WithoutDateline((record.GetValueOrDefault("content") ?? "").Trim());
            var url = (record.GetValueOrDefault("url") ?? "").Trim();
            yield return new LabelledExample(title, text, "ru", label, LabelOrigins.Ria) { Url = url.Length > 0 ? url : null };
        }
    }

    internal static string WithoutDateline(string text)
    {
        var m = DatelineRegex().Match(text);
        return m.Success ? text[m.Length..].TrimStart() : text;
    }

    [GeneratedRegex(@"^[^.\n]{0,80}?\s[-–—]\s*РИА Новости\.?", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineRegex();
}
