namespace Svodka.Core.Entities;

/// <summary>One entity an article is about, with how sure the tagger is (0..1).</summary>
public sealed record EntityTag(string Slug, string Name, double Confidence);

/// <summary>The regions, countries and people of one article, each list most confident first.</summary>
public sealed record EntityTags(IReadOnlyList<EntityTag> Regions, IReadOnlyList<EntityTag> Countries, IReadOnlyList<EntityTag> Persons)
{
    public static EntityTags Empty { get; } = new([], [], []);
}
