using System.Diagnostics;
using Svodka.Core.Entities;

namespace Svodka.Bench.Understand;

/// <summary>entities-eval: precision and recall of region, country and person tags against RIA's own tags.</summary>
public sealed class EntitiesEvalCommand : IBenchCommand
{
    public string Name => "entities-eval";
    public string Description => "region/country/person tags vs RIA's tags (ria-topics-partial) [--data DIR] [--gazetteers DIR]";

    public Task<int> RunAsync(string[] args)
    {
        var data = BenchReport.Option(args, "--data", UnderstandPaths.SharedData("ria-topics-partial"));
        if (data is null || !Directory.Exists(data))
        {
            Console.Error.WriteLine("entities-eval: ria-topics-partial not found (pass --data DIR)");
            return Task.FromResult(2);
        }
        var gazetteer = UnderstandPaths.LoadGazetteer(BenchReport.Option(args, "--gazetteers"));
        var tagger = new EntityTagger(gazetteer);
        var articles = RiaEntityEvaluation.ReadArticles(data);

        RiaEntityEvaluation.Evaluate(gazetteer, tagger, articles.Take(50).ToList()); // warm-up: JIT and first-use caches
        var watch = Stopwatch.StartNew();
        var result = RiaEntityEvaluation.Evaluate(gazetteer, tagger, articles);
        watch.Stop();
        var tagWatch = Stopwatch.StartNew();
        foreach (var a in articles) tagger.Tag(a.Title, a.Text);
        tagWatch.Stop();
        var chars = articles.Sum(a => (long)a.Text.Length);
        Console.WriteLine($"tagging alone: {BenchReport.Rate(articles.Count, tagWatch.Elapsed, "articles")}, {chars / articles.Count:N0} chars/article");
        if (args.Contains("--misses")) RiaEntityEvaluation.PrintMisses(gazetteer, tagger, articles);

        Console.WriteLine($"entities-eval: {result.Articles} distinct RIA articles, gazetteer of {gazetteer.Regions.Count} regions, {gazetteer.Countries.Count} countries, {gazetteer.Persons.Count} people");
        Console.WriteLine(result.Regions);
        Console.WriteLine(result.Countries);
        Console.WriteLine(result.Persons);
        Console.WriteLine($"person-like RIA tags naming someone not in the gazetteer: {result.PersonLikeTagsNotInGazetteer}");
        Console.WriteLine(BenchReport.Rate(result.Articles, watch.Elapsed, "articles"));
        return Task.FromResult(0);
    }
}
