namespace Svodka.Demo;

/// <summary>One article of the demo, as written in a file under demo/events or demo/singles.</summary>
public sealed record DemoArticle
{
    public required string OutletId { get; init; }
    /// <summary>Articles of different outlets with the same event id report the same event (they should form one story).</summary>
    public required string EventId { get; init; }
    /// <summary>Last segment of the article's page path; unique within the outlet.</summary>
    public required string Slug { get; init; }
    /// <summary>How long before "now" the article was published; the server renders now − age.</summary>
    public required TimeSpan Age { get; init; }
    /// <summary>The outlet's own rubric ("Москва", "Спорт", "Music", …).</summary>
    public required string Rubric { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Author { get; init; }
    public required string Title { get; init; }
    /// <summary>One or two sentences; also the teaser of teaser-only feeds.</summary>
    public required string Lead { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    /// <summary>Where the article is written, "file:line", for messages.</summary>
    public required string Origin { get; init; }
}
