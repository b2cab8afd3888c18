using Svodka.Core.Model;
using Svodka.Sites;

namespace Svodka.Web.Api;

/// <summary>What a story or article list request narrows to, checked against the sites, vocabulary and sources.</summary>
public sealed record ApiFilter(
    Site? Site,
    IReadOnlyList<string>? Languages,
    string? Rubric,
    IReadOnlyList<(TagKind Kind, string Slug)> Tags,
    long? SourceId,
    DateTimeOffset? Since,
    string? Query)
{
    /// <summary>The languages to keep: the lang filter, else the site's.</summary>
    public IReadOnlyList<string>? EffectiveLanguages => Languages ?? (Site is { Slice.Languages.Count: > 0 } s ? s.Slice.Languages : null);

    /// <summary>The language search reads the words in.</summary>
    public string SearchLanguage => EffectiveLanguages?.FirstOrDefault() ?? Site?.Language ?? "ru";
}
