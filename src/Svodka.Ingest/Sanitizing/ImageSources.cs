using AngleSharp.Dom;

namespace Svodka.Ingest.Sanitizing;

/// <summary>
/// The real address of an image. Lazy-loading pages put a placeholder (a 1x1 GIF, a "blank" file) in
/// src and the picture in data-src, data-lazy-src, data-original or a srcset that a script swaps in.
/// </summary>
internal static class ImageSources
{
    private static readonly string[] LazyAttributes = ["data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-full-src", "data-hi-res-src"];
    private static readonly string[] LazySets = ["srcset", "data-srcset", "data-lazy-srcset"];

    public static string? Best(IElement img)
    {
        var src = img.GetAttribute("src")?.Trim();
        if (!string.IsNullOrEmpty(src) && !IsPlaceholder(src)) return src;
        foreach (var name in LazyAttributes)
            if (img.GetAttribute(name)?.Trim() is { Length: > 0 } lazy && !IsPlaceholder(lazy)) return lazy;
        foreach (var name in LazySets)
            if (FirstOfSet(img.GetAttribute(name)) is { } fromSet) return fromSet;
        return string.IsNullOrEmpty(src) ? null : src;
    }

    private static bool IsPlaceholder(string src) =>
        (src.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && src.Length < 512)
        || src.Contains("blank.", StringComparison.OrdinalIgnoreCase)
        || src.Contains("placeholder", StringComparison.OrdinalIgnoreCase)
        || src.Contains("spacer.", StringComparison.OrdinalIgnoreCase)
        || src.Contains("lazy.", StringComparison.OrdinalIgnoreCase);

    /// <summary>The widest candidate of a srcset ("a.jpg 320w, b.jpg 1024w").</summary>
    private static string? FirstOfSet(string? srcset)
    {
        if (string.IsNullOrWhiteSpace(srcset)) return null;
        string? best = null;
        var bestWidth = -1.0;
        foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0].StartsWith("data:", StringComparison.OrdinalIgnoreCase)) continue;
            var width = parts.Length > 1 && double.TryParse(parts[1].TrimEnd('w', 'x', 'W', 'X'),
                System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : 0;
            if (width > bestWidth) (best, bestWidth) = (parts[0], width);
        }
        return best;
    }
}
