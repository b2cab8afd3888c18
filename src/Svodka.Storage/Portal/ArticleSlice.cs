using Svodka.Core.Model;

namespace Svodka.Storage.Portal;

/// <summary>
/// Which articles a portal list shows. Languages narrow; the tags and rubrics, when given, are
/// alternatives: an article in any of the rubrics or with any of the tags is in («Москва» or «Подмосковье»).
/// </summary>
public sealed record ArticleSlice
{
    public IReadOnlyCollection<string>? Languages { get; init; }
    public IReadOnlyCollection<string>? Rubrics { get; init; }
    public IReadOnlyCollection<(TagKind Kind, string Slug)>? AnyTags { get; init; }
    /// <summary>One more tag the article must carry (the page's region, person or topic), on top of the alternatives.</summary>
    public (TagKind Kind, string Slug)? Tag { get; init; }
    /// <summary>Tags the article must carry, every one of them (the API's region, person and topic filters together).</summary>
    public IReadOnlyCollection<(TagKind Kind, string Slug)>? AllTags { get; init; }
    /// <summary>Keyset paging: only articles after this (listed at, id) in the list's order, newest first.</summary>
    public (DateTimeOffset ListedAt, long Id)? Before { get; init; }
    public string? Rubric { get; init; }
    public long? SourceId { get; init; }
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    /// <summary>Leave out what the analysis found not to be news (horoscopes, recipes).</summary>
    public bool NewsOnly { get; init; } = true;
}
