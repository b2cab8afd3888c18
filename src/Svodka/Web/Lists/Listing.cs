using Svodka.Web.Rendering;

namespace Svodka.Web.Lists;

/// <summary>One list page (a rubric, a topic, a region, a day…): its heading and description, where it lives, what it shows.</summary>
/// <param name="Path">The page's path without paging ("/region/moskva").</param>
/// <param name="ArticlesInPeriod">The latest articles keep to the filter's period too (hour and day pages).</param>
/// <param name="Links">Links under the heading (the region's governor, a person's region, a source's own site).</param>
public sealed record Listing(
    string Heading,
    string Description,
    string Path,
    IReadOnlyList<Crumb> Crumbs,
    StoryFilter Filter,
    bool ArticlesInPeriod = false,
    DayLinks? Day = null,
    IReadOnlyList<Crumb>? Links = null);

/// <summary>The day pages' neighbours: null where there is no such day to show (the future).</summary>
public sealed record DayLinks(string? Previous, string? Next);
