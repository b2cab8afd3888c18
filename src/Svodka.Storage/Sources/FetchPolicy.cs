namespace Svodka.Storage.Sources;

/// <summary>When page extraction fetches the article page of a feed item.</summary>
public enum FetchPolicy
{
    Always,
    /// <summary>Only when the feed's own text is too short to read as an article.</summary>
    WhenShort,
    Never,
}
