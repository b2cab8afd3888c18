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
        var gazetteers = configuration["Understanding:Gazetteers"] ?? ShippedDirectory(Path.Combine("config", "gazetteers"), "regions.tsv");
        var topicsFile = configuration["Understanding:Topics"] ?? Shipped(Path.Combine("config", "topics.tsv"));
        var modelFile = configuration["Understanding:Model"] ?? Shipped(Path.Combine("models", "classifier.zip"));

        Gazetteer gazetteer;
        using (var regions = Open(Path.Combine(gazetteers, "regions.tsv")))
        using (var countries = Open(Path.Combine(gazetteers, "countries.tsv")))
        using (var persons = Open(Path.Combine(gazetteers, "persons.tsv")))
            gazetteer = Gazetteer.Load(regions, countries, persons);

        TopicTaxonomy taxonomy;
        using (var topics = Open(topicsFile)) taxonomy = TopicTaxonomy.Load(topics);

        ArticleClassifier classifier;
        using (var model = File.OpenRead(Require(modelFile))) classifier = ArticleClassifier.Load(model);

        return (new LanguageDetector(), classifier, new EntityTagger(gazetteer), new TopicMatcher(taxonomy));
    }

    private static StreamReader Open(string path) => new(Require(path), System.Text.Encoding.UTF8);

    private static string Require(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"understanding data file missing: {path}", path);

    private static string Shipped(string relative) =>
        SourceSeeding.FindShipped(relative) ?? throw new FileNotFoundException($"understanding data file missing: {relative}", relative);

    private static string ShippedDirectory(string relative, string oneFile) =>
        Path.GetDirectoryName(Shipped(Path.Combine(relative, oneFile)))!;
}
