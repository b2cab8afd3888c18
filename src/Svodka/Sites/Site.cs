using Svodka.Core.Model;

namespace Svodka.Sites;

/// <summary>
/// One branded site of the network: what it is called, where it answers, what it shows and how it looks.
/// Built from a config/sites.json entry or a sites table row (<see cref="SiteDefinitionReader"/>).
/// </summary>
public sealed record Site
{
    /// <summary>Lower-case latin key («moskva»): picks the site on a loopback host (?site=moskva) and names its logo.</summary>
    public required string Key { get; init; }
    public required string Name { get; init; }
    /// <summary>A line under the name and the home page's description.</summary>
    public required string Tagline { get; init; }
    /// <summary>Host names the site answers on, the canonical one first.</summary>
    public required IReadOnlyList<string> Hosts { get; init; }
    /// <summary>The UI language: "ru" or "en".</summary>
    public required string Language { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }
    public required SiteSlice Slice { get; init; }
    /// <summary>The logo's file name under wwwroot/logos.</summary>
    public required string Logo { get; init; }
    public required SiteColours Colours { get; init; }
    /// <summary>Footer links besides the sibling sites.</summary>
    public IReadOnlyList<SiteLink> Links { get; init; } = [];
    /// <summary>The site an unknown host gets.</summary>
    public bool IsDefault { get; init; }

    public bool IsRussian => Language == "ru";
}

/// <summary>
/// The part of the news a site shows. Languages narrow; regions, countries, topics and rubrics are
/// alternatives (a Moscow site: Москва or Московская область). Empty lists mean no narrowing.
/// </summary>
public sealed record SiteSlice(
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Rubrics)
{
    public IReadOnlyList<(TagKind Kind, string Slug)> Tags { get; } =
        [.. Regions.Select(r => (TagKind.Region, r)), .. Countries.Select(c => (TagKind.Country, c)), .. Topics.Select(t => (TagKind.Topic, t))];

    /// <summary>True when the site narrows by tag or rubric, not only by language.</summary>
    public bool IsNarrow => Tags.Count > 0 || Rubrics.Count > 0;
}

/// <summary>Colours as #rgb or #rrggbb, checked when read, so they can go into a style attribute.</summary>
public sealed record SiteColours(string Accent, string AccentText, string Background, string Text);

public sealed record SiteLink(string Title, string Url);
