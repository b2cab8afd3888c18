namespace Svodka.Ingest.Extraction.Metadata;

/// <summary>
/// Takes the site's name off a headline: «Путин провёл встречу — РИА Новости», "Story | The Guardian",
/// «Лента.ру: Новости: Путин провёл встречу». The part that names the site (its declared name or its
/// host) goes; failing that, a short trailing part goes when the page's own &lt;h1&gt; confirms the rest.
/// </summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" — ", " – ", " - ", " | ", " :: ", " // ", " » ", " « ", " · ", " • ", " / ", ": "];

    public static string? Clean(string? title, string? siteName, Uri pageUrl, string? h1)
    {
        title = Normalize(title);
        if (title is null) return null;
        h1 = Normalize(h1);
        if (h1 is not null && h1.Length >= 10 && !SameName(h1, siteName, pageUrl)
            && title.Contains(h1, StringComparison.OrdinalIgnoreCase) && title.Length > h1.Length)
            return h1;

        foreach (var separator in Separators)
        {
            var parts = title.Split(separator);
            if (parts.Length < 2) continue;
            var kept = parts.Where(p => !SameName(p, siteName, pageUrl)).ToList();
            if (kept.Count < parts.Length && kept.Count > 0) return Normalize(string.Join(separator, kept));
        }
        return title;
    }

    /// <summary>Does this part of a title name the site ("РИА Новости", "lenta.ru", "Lenta", "The Guardian")?</summary>
    private static bool SameName(string part, string? siteName, Uri pageUrl)
    {
        var p = Squash(part);
        if (p.Length == 0) return false;
        var site = Squash(siteName);
        if (site.Length > 0 && (p == site || (p.Length >= 4 && site.Contains(p)) || (site.Length >= 4 && p.Contains(site) && p.Length <= site.Length + 12)))
            return true;
        var host = pageUrl.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? pageUrl.Host[4..] : pageUrl.Host;
        var label = Squash(host.Split('.')[0]);
        var squashedHost = Squash(host);
        return p == squashedHost || (label.Length >= 3 && (p == label || p == "the" + label));
    }

    private static string Squash(string? s) =>
        s is null ? "" : new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string? Normalize(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var collapsed = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
