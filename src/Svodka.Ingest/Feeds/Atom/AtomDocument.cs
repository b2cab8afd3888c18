using Svodka.Ingest.Feeds.Media;

namespace Svodka.Ingest.Feeds.Atom;

/// <summary>An Atom 1.0 or 0.3 feed, field for field as the feed wrote it.</summary>
internal sealed class AtomFeed
{
    public required string Version { get; init; }
    public Uri? Base { get; set; }
    public string? Language { get; set; }
    public AtomText? Title { get; set; }
    public List<AtomLink> Links { get; } = [];
    public string? AuthorName { get; set; }
    public List<AtomEntry> Entries { get; } = [];
}

internal sealed class AtomEntry
{
    public Uri? Base { get; set; }
    public string? Id { get; set; }
    public AtomText? Title { get; set; }
    public List<AtomLink> Links { get; } = [];
    public string? Published { get; set; }
    /// <summary>Atom 0.3's name for published.</summary>
    public string? Issued { get; set; }
    public string? Updated { get; set; }
    /// <summary>Atom 0.3's name for updated.</summary>
    public string? Modified { get; set; }
    public string? Created { get; set; }
    public string? AuthorName { get; set; }
    public List<string> Categories { get; } = [];
    public AtomText? Summary { get; set; }
    public AtomText? Content { get; set; }
    public List<MediaObject> Media { get; } = [];
}

/// <summary>An atom:link with its href already made absolute against the xml:base in force.</summary>
internal sealed record AtomLink(string Href, string Rel, string? Type, string? Length);

internal enum AtomTextKind { Text, Html, Xhtml }

/// <summary>An Atom text construct: the value is plain text for Text, markup for Html and Xhtml.</summary>
internal sealed record AtomText(AtomTextKind Kind, string Value)
{
    public string? AsPlainText() => Kind == AtomTextKind.Text ? FeedText.CollapseWhitespace(Value) : FeedText.Plain(Value);

    public string? AsHtml() =>
        string.IsNullOrWhiteSpace(Value) ? null : Kind == AtomTextKind.Text ? FeedText.Escape(Value.Trim()) : Value.Trim();
}
