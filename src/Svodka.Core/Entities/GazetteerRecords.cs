namespace Svodka.Core.Entities;

/// <summary>A federal subject of Russia (regions.tsv).</summary>
public sealed record Region(
    string Slug, string NameRu, string NameEn, string FederalDistrict, IReadOnlyList<string> Capitals, string? GovernorRu)
{
    /// <summary>Short, informal and other names (Подмосковье, Кубань, ХМАО), as the file lists them.</summary>
    public IReadOnlyList<string> OtherNamesRu { get; init; } = [];
}

/// <summary>A country (countries.tsv).</summary>
public sealed record Country(
    string Slug, string Iso, string NameRu, string NameEn, IReadOnlyList<string> Capitals,
    string? HeadOfStateRu, string? HeadOfGovernmentRu)
{
    /// <summary>Official, short, informal and old names (Беларусь, КНР, ФРГ), as the file lists them.</summary>
    public IReadOnlyList<string> OtherNamesRu { get; init; } = [];
}

/// <summary>A person the portal tags (persons.tsv, plus governors and heads named in the other two files).</summary>
public sealed record Person(
    string Slug, string NameRu, string NameEn, string RoleRu, string? CountrySlug, string? RegionSlug);

public enum EntityKind : byte { Region, Country, Person }
