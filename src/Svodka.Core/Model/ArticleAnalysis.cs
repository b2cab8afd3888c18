namespace Svodka.Core.Model;

/// <summary>What the understanding stage found an article to be: language, news or not, rubric, tags.</summary>
public sealed record ArticleAnalysis
{
    /// <summary>Detected language (ISO 639-1, or "other").</summary>
    public required string Language { get; init; }
    public double LanguageConfidence { get; init; }
    public bool IsNews { get; init; }
    public double NewsConfidence { get; init; }
    /// <summary>The rule that made the article not news («гороскоп», a recipe …), when a rule decided it.</summary>
    public string? NotNewsRule { get; init; }
    /// <summary>One of society, economy, technology, sports, entertainment, science, other, not_news.</summary>
    public required string Rubric { get; init; }
    public double RubricConfidence { get; init; }
    /// <summary>Topics, regions, countries and persons, each with a confidence.</summary>
    public IReadOnlyList<ArticleTag> Tags { get; init; } = [];
}

public enum TagKind { Topic, Region, Country, Person }

/// <param name="Slug">Transliterated id from the taxonomy or gazetteer («moskva», «lukashenko-aleksandr»).</param>
/// <param name="Name">The name a reader sees («Москва», «Александр Лукашенко»).</param>
public sealed record ArticleTag(TagKind Kind, string Slug, string Name, double Confidence);
