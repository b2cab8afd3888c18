using Microsoft.Extensions.Configuration;
using Svodka.Core.Classify;
using Svodka.Core.Entities;
using Svodka.Core.Topics;
using Svodka.Sources;

namespace Svodka.Web.Vocabulary;

/// <summary>
/// The names the portal shows for what the analysis tags: rubrics, topics (config/topics.tsv), regions
/// grouped by federal district, countries and people (config/gazetteers), read from the same files the
/// analyzer reads (settings Understanding:Gazetteers and Understanding:Topics move them).
/// </summary>
public sealed class PortalVocabulary
{
    public Gazetteer Gazetteer { get; }
    public IReadOnlyList<Topic> Topics { get; }
    /// <summary>Every region with a governor named, with that governor's person entry, in the districts' order.</summary>
    public IReadOnlyList<(Region Region, Person Governor)> Governors { get; }

    private readonly Dictionary<string, Topic> topicsBySlug;

    public static readonly IReadOnlyList<string> FederalDistricts =
        ["central", "northwestern", "southern", "north-caucasian", "volga", "ural", "siberian", "far-eastern"];

    public PortalVocabulary(Gazetteer gazetteer, IReadOnlyList<Topic> topics)
    {
        Gazetteer = gazetteer;
        Topics = topics;
        topicsBySlug = topics.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var persons = gazetteer.Persons.ToLookup(p => p.NameRu, StringComparer.Ordinal);
        Governors = gazetteer.Regions
            .Where(r => r.GovernorRu is not null)
            .Select(r => (Region: r, Governor: persons[r.GovernorRu!].FirstOrDefault(p => p.RegionSlug == r.Slug) ?? persons[r.GovernorRu!].FirstOrDefault()))
            .Where(x => x.Governor is not null)
            .OrderBy(x => DistrictOrder(x.Region.FederalDistrict)).ThenBy(x => x.Region.NameRu, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"), false))
            .Select(x => (x.Region, x.Governor!))
            .ToList();
    }

    public static PortalVocabulary Load(IConfiguration configuration)
    {
        var gazetteers = configuration["Understanding:Gazetteers"]
                         ?? Path.GetDirectoryName(Shipped(Path.Combine("config", "gazetteers", "regions.tsv")))!;
        var topicsFile = configuration["Understanding:Topics"] ?? Shipped(Path.Combine("config", "topics.tsv"));
        Gazetteer gazetteer;
        using (var regions = File.OpenText(Path.Combine(gazetteers, "regions.tsv")))
        using (var countries = File.OpenText(Path.Combine(gazetteers, "countries.tsv")))
        using (var persons = File.OpenText(Path.Combine(gazetteers, "persons.tsv")))
            gazetteer = Gazetteer.Load(regions, countries, persons);
        using var topics = File.OpenText(topicsFile);
        return new PortalVocabulary(gazetteer, TopicTaxonomy.Load(topics).Topics);
    }

    public Topic? Topic(string slug) => topicsBySlug.GetValueOrDefault(slug);

    public static bool IsRubric(string slug) => Rubrics.NewsRubrics.Contains(slug);

    public static string RubricName(string rubric, string language) => (rubric, language == "ru") switch
    {
        ("society", true) => "Общество",
        ("economy", true) => "Экономика",
        ("technology", true) => "Технологии",
        ("sports", true) => "Спорт",
        ("entertainment", true) => "Культура",
        ("science", true) => "Наука",
        ("other", true) => "Разное",
        ("society", false) => "Society",
        ("economy", false) => "Business",
        ("technology", false) => "Technology",
        ("sports", false) => "Sport",
        ("entertainment", false) => "Culture",
        ("science", false) => "Science",
        ("other", false) => "Other",
        _ => rubric,
    };

    public static string DistrictName(string district, string language) => (district, language == "ru") switch
    {
        ("central", true) => "Центральный федеральный округ",
        ("northwestern", true) => "Северо-Западный федеральный округ",
        ("southern", true) => "Южный федеральный округ",
        ("north-caucasian", true) => "Северо-Кавказский федеральный округ",
        ("volga", true) => "Приволжский федеральный округ",
        ("ural", true) => "Уральский федеральный округ",
        ("siberian", true) => "Сибирский федеральный округ",
        ("far-eastern", true) => "Дальневосточный федеральный округ",
        ("central", false) => "Central Federal District",
        ("northwestern", false) => "Northwestern Federal District",
        ("southern", false) => "Southern Federal District",
        ("north-caucasian", false) => "North Caucasian Federal District",
        ("volga", false) => "Volga Federal District",
        ("ural", false) => "Ural Federal District",
        ("siberian", false) => "Siberian Federal District",
        ("far-eastern", false) => "Far Eastern Federal District",
        _ => district,
    };

    public string TopicName(Topic topic, string language) => language == "ru" ? topic.NameRu : topic.NameEn;

    private static int DistrictOrder(string district)
    {
        var i = FederalDistricts.ToList().IndexOf(district);
        return i < 0 ? FederalDistricts.Count : i;
    }

    private static string Shipped(string relative) =>
        SourceSeeding.FindShipped(relative) ?? throw new FileNotFoundException($"portal data file missing: {relative}", relative);
}
