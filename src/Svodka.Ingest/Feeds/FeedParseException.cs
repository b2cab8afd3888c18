namespace Svodka.Ingest.Feeds;

/// <summary>The document is not a feed, or is too broken to read; the message is one line naming the problem.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException(string message) : base(message) { }

    public FeedParseException(string message, Exception inner) : base(message, inner) { }
}
