namespace Svodka.Ingest.Extraction;

/// <summary>The page has nothing readable as an article; the message is one line fit for a log or stderr.</summary>
public sealed class ExtractionException(string message, Exception? inner = null) : Exception(message, inner);
