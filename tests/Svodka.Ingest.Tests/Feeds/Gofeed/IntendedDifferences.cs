using System.Net;
using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds.Gofeed;

/// <summary>
/// Where Svodka differs from gofeed on purpose. A difference counts as agreement only when one of these explains
/// it exactly; each returns the reason, which the table counts and the report lists.
/// </summary>
internal static class IntendedDifferences
{
    /// <param name="expectedRecord">The whole expected item (or feed) the field belongs to.</param>
    public static string? Explain(GofeedCase c, string field, string? expected, string? ours, IReadOnlyDictionary<string, string?>? expectedRecord)
    {
        switch (field)
        {
            // The model promises plain text: gofeed keeps "<p>Item Title</p>", we keep "Item Title".
            case "title" or "author" when expected is not null && FeedText.Plain(expected) == ours:
                return "titles and names are plain text (tags stripped, entities decoded, whitespace collapsed)";
            // JSON Feed's content_text is plain text; ContentHtml is HTML, a paragraph per line.
            case "content" when expected is not null && ours == FeedText.ToHtmlParagraphs(expected):
                return "content_text becomes HTML paragraphs";
            // An id is a name, not a link: gofeed resolves a relative atom:id against xml:base, we keep it as written.
            case "id" when expected is not null && ours is not null && expected.EndsWith("/" + ours, StringComparison.Ordinal):
                return "ids are kept as written, not resolved as links";
            // An item with several <link>s: the first is the article (gofeed prefers a later href attribute).
            case "link" when expected is not null && ours == FirstLinkElement(c):
                return "the first <link> wins";
            case "categories" when expected is not null && PlainList(expected) == ours:
                return "categories are plain text";
            // Atom type="text" is text, and ContentHtml/Summary are HTML: "AT&T <3" must arrive as "AT&amp;T &lt;3".
            case "summary" or "content" when expected is not null && ours == FeedText.Escape(expected.Trim()) && ours != expected:
                return "Atom text constructs are escaped to HTML";
            case "summary" or "content" when expected is not null && ours == expected.Trim():
                return "surrounding whitespace trimmed";
            // gofeed reports no id for an RDF item; its rdf:about is its identity.
            case "id" when expected is null && c.ExpectedFormat == FeedFormat.Rdf && ours is not null && File.ReadAllText(c.Input).Contains($"about=\"{ours}\"", StringComparison.Ordinal):
                return "RDF items are identified by rdf:about";
            // RSS 2.0: a guid with isPermaLink (the default) is the item's address; an Atom id that is a web address
            // usually is too.
            case "link" when expected is null && ours is not null && ours == IdentityOf(c, ours):
                return "a permalink guid or a web-address atom:id stands in for a missing link";
            // gofeed copies dc:date into updated as well; it is when the item was published, not changed.
            case "updated" when ours is null && expected is not null && c.ExpectedFormat is FeedFormat.Rss or FeedFormat.Rdf
                                && expectedRecord?.GetValueOrDefault("published") == expected && File.ReadAllText(c.Input).Contains("dc:date", StringComparison.Ordinal):
                return "dc:date is the publication date, not repeated as updated";
            // RFC 4287 4.2.1: an entry without an author has the feed's.
            case "author" when expected is null && ours is not null && c.ExpectedFormat == FeedFormat.Atom && FeedAuthorOf(c) == ours:
                return "an Atom entry inherits the feed's author";
            // Published falls back to the update time, so a reader always has a date to sort by.
            case "published" when expected is null && ours is not null && ours == expectedRecord?.GetValueOrDefault("updated"):
                return "an item without a publication date is dated by its update time";
            default:
                return null;
        }
    }

    private static string? FirstLinkElement(GofeedCase c) =>
        System.Text.RegularExpressions.Regex.Match(File.ReadAllText(c.Input), "<link>([^<]+)</link>") is { Success: true } m ? m.Groups[1].Value : null;

    private static string? PlainList(string joined) =>
        InspectShape.List(FeedCategories.Distinct(joined.Split('\n')));

    private static string? IdentityOf(GofeedCase c, string link) =>
        File.ReadAllText(c.Input) is var input && (input.Contains($">{link}</guid>", StringComparison.Ordinal) || input.Contains($">{link}</id>", StringComparison.Ordinal))
            ? link : null;

    private static string? FeedAuthorOf(GofeedCase c)
    {
        var authors = c.ExpectedJson?["authors"] ?? c.ExpectedJson?["author"];
        var first = authors is System.Text.Json.Nodes.JsonArray a ? a.FirstOrDefault() : authors;
        return first is null ? null : WebUtility.HtmlDecode((string?)first["name"] ?? (string?)first["email"]);
    }
}
