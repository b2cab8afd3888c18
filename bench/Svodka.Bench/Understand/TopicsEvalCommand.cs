using Svodka.Core.Topics;

namespace Svodka.Bench.Understand;

/// <summary>
/// topics-eval: topic tags against the RIA tags that name the same rubric (Музыка, Кино и сериалы, Авто,
/// Погода, Происшествия, Здоровье, Недвижимость, Политика). RIA's tags are sparse and editorial, so this
/// is a development check, not a score.
/// </summary>
public sealed class TopicsEvalCommand : IBenchCommand
{
    private static readonly Dictionary<string, string[]> RiaTagsByTopic = new()
    {
        ["music"] = ["Музыка"],
        ["cinema"] = ["Кино и сериалы", "Кино"],
        ["auto"] = ["Авто"],
        ["weather"] = ["Погода"],
        ["incidents"] = ["Происшествия"],
        ["health"] = ["Здоровье - Общество", "Здоровье"],
        ["real-estate"] = ["Недвижимость"],
        ["politics"] = ["Политика"],
    };

    public string Name => "topics-eval";
    public string Description => "topic tags vs RIA's rubric-like tags (ria-topics-partial) [--data DIR]";

    public Task<int> RunAsync(string[] args)
    {
        var data = BenchReport.Option(args, "--data", UnderstandPaths.SharedData("ria-topics-partial"));
        var topicsFile = UnderstandPaths.TopicsFile();
        if (data is null || !Directory.Exists(data) || topicsFile is null)
        {
            Console.Error.WriteLine("topics-eval: ria-topics-partial or config/topics.tsv not found");
            return Task.FromResult(2);
        }
        using var reader = File.OpenText(topicsFile);
        var matcher = new TopicMatcher(TopicTaxonomy.Load(reader));
        var articles = RiaEntityEvaluation.ReadArticles(data);
        var predictedByTopic = articles.Select(a => matcher.Match(a.Title, a.Text, "ru").Select(m => m.Slug).ToHashSet()).ToList();

        Console.WriteLine($"topics-eval: {articles.Count} RIA articles");
        foreach (var (topic, riaTags) in RiaTagsByTopic)
        {
            int tp = 0, predicted = 0, gold = 0;
            for (var i = 0; i < articles.Count; i++)
            {
                var isGold = articles[i].Tags.Any(riaTags.Contains);
                // RIA's «Происшествия» covers crime too.
                var isPredicted = predictedByTopic[i].Contains(topic) || (topic == "incidents" && predictedByTopic[i].Contains("crime"));
                if (isGold) gold++;
                if (isPredicted) predicted++;
                if (isGold && isPredicted) tp++;
            }
            Console.WriteLine($"{topic,-12} RIA-tagged {gold,4}  tagged {predicted,4}  both {tp,4}  precision {(predicted == 0 ? 0 : (double)tp / predicted):F2}  recall {(gold == 0 ? 0 : (double)tp / gold):F2}");
        }
        var counts = predictedByTopic.SelectMany(s => s).GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine("all topics tagged: " + string.Join(", ", counts));
        return Task.FromResult(0);
    }
}
