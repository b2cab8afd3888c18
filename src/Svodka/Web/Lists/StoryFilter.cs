using Svodka.Core.Model;

namespace Svodka.Web.Lists;

/// <summary>What one list page narrows to, on top of its site.</summary>
/// <param name="InSiteSlice">Apply the site's regions, topics and rubrics too (home, hour, day, rubric, topic, source pages);
/// region, country and person pages only keep the site's languages, so a Moscow site's page about Crimea is not empty.</param>
public sealed record StoryFilter(DateTimeOffset Since, DateTimeOffset? Until = null, string? Rubric = null,
    (TagKind Kind, string Slug)? Tag = null, long? SourceId = null, bool InSiteSlice = true);
