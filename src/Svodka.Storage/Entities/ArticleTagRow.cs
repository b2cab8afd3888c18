using Svodka.Core.Model;

namespace Svodka.Storage.Entities;

/// <summary>One topic, region, country or person an article is about: what region, person and topic pages list.</summary>
public sealed class ArticleTagRow
{
    public long ArticleId { get; set; }
    public TagKind Kind { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public double Confidence { get; set; }

    public Article? Article { get; set; }
}
