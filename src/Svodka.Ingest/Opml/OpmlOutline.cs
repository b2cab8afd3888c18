namespace Svodka.Ingest.Opml;

/// <summary>One subscription in an OPML file.</summary>
/// <param name="Category">The title of the folder outline it sits in (the nearest one), or the category attribute.</param>
public sealed record OpmlOutline(string? Title, string XmlUrl, string? HtmlUrl, string? Category);

/// <summary>The file is not OPML, or too broken to read; the message is one line naming the problem.</summary>
public sealed class OpmlException : Exception
{
    public OpmlException(string message) : base(message) { }
}
