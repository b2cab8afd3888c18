using Svodka.Bench.Stories.Corpus;
using Svodka.Core.Stories;

namespace Svodka.Bench.Stories;

/// <summary>
/// Clusters N synthetic articles, whose events are known, and scores the stories by pair counting: of the
/// article pairs put in one story, how many report one event (precision), and of the pairs that report one
/// event, how many share a story (recall). Events of one kind share most of their words, so this checks that
/// clustering keeps apart what differs in places, people and numbers.
/// </summary>
public sealed class StoriesSyntheticCommand : IBenchCommand
{
    public string Name => "stories-synthetic";
    public string Description => "stories-synthetic [N] [--per-day A]: pair P/R/F1 of clustering N synthetic articles against their known events";

    public Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 20_000;
        var perDay = double.Parse(BenchReport.Option(args, "--per-day", "3000")!, System.Globalization.CultureInfo.InvariantCulture);
        var articles = new CorpusGenerator(11, new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero), perDay)
            .Articles().Where(a => a.EventId > 0).Take(count).ToList();
        var featurizer = new StoryFeaturizer(null, BenchData.Tagger);
        var features = articles.AsParallel().AsOrdered()
            .Select(a => featurizer.Featurize(a.Id.ToString(), a.Title, a.Text, a.Published, a.Outlet, a.Language))
            .ToList();
        var options = new StoryClustererOptions();
        if (BenchReport.Option(args, "--names") is { } names) options = options with { NamePenalty = double.Parse(names, System.Globalization.CultureInfo.InvariantCulture) };
        if (BenchReport.Option(args, "--join") is { } join) options = options with { JoinThreshold = double.Parse(join, System.Globalization.CultureInfo.InvariantCulture) };
        if (BenchReport.Option(args, "--merge") is { } merge) options = options with { MergeThreshold = double.Parse(merge, System.Globalization.CultureInfo.InvariantCulture) };
        if (BenchReport.Option(args, "--reprint") is { } reprint) options = options with { ReprintThreshold = double.Parse(reprint, System.Globalization.CultureInfo.InvariantCulture) };
        var clusterer = new StoryClusterer(options);
        clusterer.AddBatch(features);
        var eventOf = articles.ToDictionary(a => a.Id.ToString(), a => a.EventId);

        static long Pairs(long k) => k * (k - 1) / 2;
        var storyPairs = clusterer.Stories.Sum(s => Pairs(s.Members.Count));
        var eventPairs = articles.GroupBy(a => a.EventId).Sum(g => Pairs(g.Count()));
        var together = clusterer.Stories.Sum(s => s.Members.GroupBy(m => eventOf[m.Article.ArticleId]).Sum(g => Pairs(g.Count())));
        var precision = storyPairs == 0 ? 0 : (double)together / storyPairs;
        var recall = eventPairs == 0 ? 0 : (double)together / eventPairs;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine($"{articles.Count:N0} articles of {articles.Select(a => a.EventId).Distinct().Count():N0} events in {clusterer.Stories.Count():N0} stories " +
            $"(largest {clusterer.Stories.Max(s => s.Members.Count)}): pair precision {precision:F3} recall {recall:F3} F1 {f1:F3}");
        if (args.Contains("--histogram"))
        {
            // Joins by score: the article's event already in the story, or not yet (a wrong join).
            var right = new int[12];
            var wrong = new int[12];
            foreach (var s in clusterer.Stories)
            {
                var counts = new Dictionary<int, int> { [eventOf[s.Members[0].Article.ArticleId]] = 1 };
                foreach (var m in s.Members.Skip(1))
                {
                    var e = eventOf[m.Article.ArticleId];
                    var bucket = Math.Clamp((int)(m.Score * 5), 0, 11);
                    if (counts.GetValueOrDefault(e) > 0) right[bucket]++;
                    else
                    {
                        wrong[bucket]++;
                        if (wrong[bucket] <= 3 && bucket >= 4)
                            Console.WriteLine($"  wrong join at {m.Score:F2}: {m.Article.Title}  →  story of: {s.Members[0].Article.Title}");
                    }
                    counts[e] = counts.GetValueOrDefault(e) + 1;
                }
            }
            for (var b = 0; b < 12; b++) Console.WriteLine($"  score {b / 5.0:F1}+  same event {right[b],6}  other event {wrong[b],6}");
        }
        if (args.Contains("--verbose"))
            foreach (var m in clusterer.Stories.MaxBy(s => s.Members.Count)!.Members.Take(30))
                Console.WriteLine($"  event {eventOf[m.Article.ArticleId],5} score {m.Score:F2} {(m.IsReprint ? "reprint" : "       ")} {m.Article.Title}");
        return Task.FromResult(0);
    }
}
