namespace Svodka.Ingest.Extraction;

public sealed class ExtractionOptions
{
    /// <summary>
    /// The zone of times a page writes without an offset («24 ноября 2026, 14:05», "2026-11-24T14:05").
    /// When null: Moscow time for a page that declares Russian (or, declaring nothing, is titled in
    /// Cyrillic), since Russian news sites write Moscow time; UTC for every other page.
    /// </summary>
    public TimeZoneInfo? SiteTimeZone { get; init; }

    /// <summary>
    /// Longer markup is cut here before parsing (the parser closes what the cut leaves open). Bounds the
    /// time and memory one page can take; 8 M characters is well above any real article page.
    /// </summary>
    public int MaxHtmlChars { get; init; } = 8 * 1024 * 1024;

    public static ExtractionOptions Default { get; } = new();
}
