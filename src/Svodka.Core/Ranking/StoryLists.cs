using Svodka.Core.Entities;

namespace Svodka.Core.Ranking;

/// <summary>
/// The portal's lists, each a filter over ranked stories in weight order: «Все новости часа» (a story with an
/// article in the last hour), «Все новости на сегодня» (an article since local midnight), and one rubric,
/// topic, region or person.
/// </summary>
public static class StoryLists
{
    /// <summary>Stories with an article published in the hour before <paramref name="now"/>.</summary>
    public static List<RankedStory> LastHour(IEnumerable<RankedStory> stories, DateTimeOffset now) =>
        Ordered(stories.Where(s => s.Story.Last > now - TimeSpan.FromHours(1) && s.Story.First <= now)).ToList();

    /// <summary>Stories with an article published since midnight in <paramref name="zone"/> (Moscow for a Russian portal).</summary>
    public static List<RankedStory> Today(IEnumerable<RankedStory> stories, DateTimeOffset now, TimeZoneInfo zone)
    {
        var midnight = StartOfDay(now, zone);
        return Ordered(stories.Where(s => s.Story.Last >= midnight && s.Story.First <= now)).ToList();
    }

    public static List<RankedStory> ByRubric(IEnumerable<RankedStory> stories, string rubric) =>
        Ordered(stories.Where(s => string.Equals(s.Story.Rubric, rubric, StringComparison.Ordinal))).ToList();

    public static List<RankedStory> ByTopic(IEnumerable<RankedStory> stories, string topic) =>
        Ordered(stories.Where(s => s.Story.Topics.Contains(topic, StringComparer.Ordinal))).ToList();

    public static List<RankedStory> ByRegion(IEnumerable<RankedStory> stories, string regionSlug) => ByTag(stories, EntityKind.Region, regionSlug);

    public static List<RankedStory> ByCountry(IEnumerable<RankedStory> stories, string countrySlug) => ByTag(stories, EntityKind.Country, countrySlug);

    public static List<RankedStory> ByPerson(IEnumerable<RankedStory> stories, string personSlug) => ByTag(stories, EntityKind.Person, personSlug);

    /// <summary>Midnight of <paramref name="now"/>'s day in <paramref name="zone"/>, as an instant.</summary>
    public static DateTimeOffset StartOfDay(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var midnight = local.Date;
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    internal static IEnumerable<RankedStory> Ordered(IEnumerable<RankedStory> stories) =>
        stories.OrderByDescending(s => s.Terms.Weight).ThenByDescending(s => s.Story.Last).ThenBy(s => s.Story.StoryId);

    private static List<RankedStory> ByTag(IEnumerable<RankedStory> stories, EntityKind kind, string slug) =>
        Ordered(stories.Where(s => s.Story.Tags.Any(t => t.Kind == kind && t.Slug == slug))).ToList();
}
