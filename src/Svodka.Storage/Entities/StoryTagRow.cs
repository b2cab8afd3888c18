using Svodka.Core.Model;

namespace Svodka.Storage.Entities;

/// <summary>A topic, region, country or person that a good share of a story's articles are about.</summary>
public sealed class StoryTagRow
{
    public long StoryId { get; set; }
    public TagKind Kind { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    /// <summary>The share of the story's articles that carry the tag.</summary>
    public double Share { get; set; }

    public StoryRow? Story { get; set; }
}
