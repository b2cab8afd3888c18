using Microsoft.Extensions.Configuration;
using Svodka.Core.Classify;
using Svodka.Core.Entities;
using Svodka.Core.Language;
using Svodka.Core.Topics;
using Svodka.Core.Understanding;
using Svodka.Sources;

namespace Svodka.Understanding;

/// <summary>
/// Builds the analyzer from the operator-editable files: the gazetteers (config/gazetteers), the topic
/// taxonomy (config/topics.tsv) and the trained classifier (models/classifier.zip). Settings
/// Understanding:Gazetteers, Understanding:Topics and Understanding:Model point elsewhere.
/// </summary>
public static class AnalyzerLoader
{
    public static ArticleAnalyzer Load(IConfiguration configuration)
    {
        var (languages, classifier, entities, topics) = LoadParts(configuration);
        return new ArticleAnalyzer(languages, classifier, entities, topics);
    }

    /// <summary>The analyzer's parts, for callers that run them separately (the tgnews verbs).</summary>
    public static (LanguageDetector Languages, ArticleClassifier Classifier, EntityTagger Entities, TopicMatcher Topics) LoadParts(IConfiguration configuration)
    {
        var (gazetteer, _) = LoadGazetteer(configuration);
        var (languages, classifier, topics) = LoadAllButGazetteer(configuration);
        return (languages, classifier, new EntityTagger(gazetteer), topics);
    }

    /// <summary>The parts a gazetteer reload keeps: language detector, classifier and topics.</summary>
    public static (LanguageDetector Languages, ArticleClassifier Classifier, TopicMatcher Topics) LoadAllButGazetteer(IConfiguration configuration)
    {
        var topicsFile = configuration["Understanding:Topics"] ?? Shipped(Path.Combine("config", "topics.tsv"));

        TopicTaxonomy taxonomy;
        using (var topics = Open(topicsFile)) taxonomy = TopicTaxonomy.Load(topics);

        return (new LanguageDetector(), LoadClassifier(configuration), new TopicMatcher(taxonomy));
    }

    /// <summary>The trained classifier alone (Understanding:Model, default models/classifier.zip), for callers that need nothing else of the analyzer.</summary>
    public static ArticleClassifier LoadClassifier(IConfiguration configuration)
    {
        var modelFile = configuration["Understanding:Model"] ?? Shipped(Path.Combine("models", "classifier.zip"));
        using var model = File.OpenRead(Require(modelFile));
        return ArticleClassifier.Load(model);
    }

    /// <summary>The entity tagger over the gazetteer files alone (<see cref="LoadGazetteer"/>).</summary>
    public static EntityTagger LoadEntityTagger(IConfiguration configuration) => new(LoadGazetteer(configuration).Gazetteer);

    /// <summary>The regions, countries and persons files (Understanding:Gazetteers, default config/gazetteers), with what they say of themselves.</summary>
    public static (Gazetteer Gazetteer, GazetteerSummary Summary) LoadGazetteer(IConfiguration configuration)
    {
        var directory = configuration["Understanding:Gazetteers"] ?? ShippedDirectory(Path.Combine("config", "gazetteers"), "regions.tsv");
        string[] files = ["regions.tsv", "countries.tsv", "persons.tsv"];
        Gazetteer gazetteer;
        using (var regions = Open(Path.Combine(directory, files[0])))
        using (var countries = Open(Path.Combine(directory, files[1])))
        using (var persons = Open(Path.Combine(directory, files[2])))
            gazetteer = Gazetteer.Load(regions, countries, persons);
        var asOf = files.ToDictionary(f => f, f => GazetteerSummary.AsOf(Path.Combine(directory, f)), StringComparer.Ordinal);
        return (gazetteer, new GazetteerSummary(Path.GetFullPath(directory), gazetteer.Regions.Count, gazetteer.Countries.Count,
            gazetteer.Persons.Count, asOf, DateTimeOffset.UtcNow));
    }

    private static StreamReader Open(string path) => new(Require(path), System.Text.Encoding.UTF8);

    private static string Require(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"understanding data file missing: {path}", path);

    private static string Shipped(string relative) =>
        SourceSeeding.FindShipped(relative) ?? throw new FileNotFoundException($"understanding data file missing: {relative}", relative);

    private static string ShippedDirectory(string relative, string oneFile) =>
        Path.GetDirectoryName(Shipped(Path.Combine(relative, oneFile)))!;
}
