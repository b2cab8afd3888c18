using System.Text.Json;
using System.Text.RegularExpressions;

namespace Svodka.Sites;

/// <summary>
/// Reads site definitions: config/sites.json ({"sites": [ … ]}) and the sites table's rows, which hold one
/// such object each. Everything is checked here, so a bad colour or key never reaches a page.
/// </summary>
public static partial class SiteDefinitionReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<Site> ReadFile(Stream json, string name)
    {
        var file = JsonSerializer.Deserialize<SitesFileJson>(json, Options)
                   ?? throw new FormatException($"{name}: empty");
        return (file.Sites ?? []).Select((s, i) => ToSite(s, $"{name}: site {i + 1}")).ToList();
    }

    /// <summary>One site object (a sites table row's definition); <paramref name="key"/> wins over the object's own key.</summary>
    public static Site ReadOne(string json, string key)
    {
        var definition = JsonSerializer.Deserialize<SiteJson>(json, Options) ?? throw new FormatException($"site {key}: empty definition");
        return ToSite(definition with { Key = key }, $"site {key}");
    }

    private static Site ToSite(SiteJson s, string where)
    {
        var key = s.Key?.Trim() ?? "";
        if (!KeyPattern().IsMatch(key)) throw new FormatException($"{where}: key '{key}' must be lower-case latin letters, digits and '-'");
        where = $"{where} ({key})";
        var name = Required(s.Name, "name", where);
        var language = s.Language?.Trim() is "en" ? "en" : s.Language?.Trim() is "ru" or null or "" ? "ru"
            : throw new FormatException($"{where}: language must be ru or en");
        var hosts = (s.Hosts ?? []).Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).ToList();
        foreach (var host in hosts)
            if (!HostPattern().IsMatch(host)) throw new FormatException($"{where}: '{host}' is not a host name");
        var logo = string.IsNullOrWhiteSpace(s.Logo) ? $"{key}.svg" : s.Logo.Trim();
        if (!LogoPattern().IsMatch(logo)) throw new FormatException($"{where}: logo '{logo}' must be a file name under wwwroot/logos");
        var slice = s.Slice ?? new SliceJson();
        var colours = s.Colours ?? new ColoursJson();
        return new Site
        {
            Key = key,
            Name = name,
            Tagline = s.Tagline?.Trim() ?? "",
            Hosts = hosts,
            Language = language,
            TimeZone = Zone(s.TimeZone, language),
            Slice = new SiteSlice(
                Slugs(slice.Languages) is { Count: > 0 } langs ? langs : [language],
                Slugs(slice.Regions), Slugs(slice.Countries), Slugs(slice.Topics), Slugs(slice.Rubrics)),
            Logo = logo,
            Colours = new SiteColours(
                Colour(colours.Accent, "#b3261e", where), Colour(colours.AccentText, "#ffffff", where),
                Colour(colours.Background, "#ffffff", where), Colour(colours.Text, "#1c1b1f", where)),
            Links = (s.Links ?? []).Select(l => new SiteLink(Required(l.Title, "links.title", where), SafeUrl(l.Url, where))).ToList(),
            IsDefault = s.Default,
        };
    }

    private static TimeZoneInfo Zone(string? id, string language)
    {
        id = string.IsNullOrWhiteSpace(id) ? (language == "ru" ? "Europe/Moscow" : "Etc/UTC") : id.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without tzdata: Moscow has kept +03:00 all year since 2014.
            return id == "Europe/Moscow" ? TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(3), id, id) : TimeZoneInfo.Utc;
        }
    }

    private static List<string> Slugs(IEnumerable<string>? values) =>
        (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string Required(string? value, string field, string where) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"{where}: {field} is required") : value.Trim();

    private static string Colour(string? value, string fallback, string where)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        value = value.Trim().ToLowerInvariant();
        return ColourPattern().IsMatch(value) ? value : throw new FormatException($"{where}: colour '{value}' must be #rgb or #rrggbb");
    }

    private static string SafeUrl(string? url, string where) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.AbsoluteUri
            : throw new FormatException($"{where}: link '{url}' must be an http(s) URL");

    /// <summary>True for a host name as a site may answer on (lower case, no port).</summary>
    internal static bool IsHost(string host) => HostPattern().IsMatch(host);

    /// <summary>True for #rgb or #rrggbb in lower case.</summary>
    internal static bool IsColour(string colour) => ColourPattern().IsMatch(colour);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]*\.svg$")]
    private static partial Regex LogoPattern();

    [GeneratedRegex("^#([0-9a-f]{3}|[0-9a-f]{6})$")]
    private static partial Regex ColourPattern();

    private sealed record SitesFileJson(List<SiteJson>? Sites);

    private sealed record SiteJson
    {
        public string? Key { get; init; }
        public string? Name { get; init; }
        public string? Tagline { get; init; }
        public List<string>? Hosts { get; init; }
        public string? Language { get; init; }
        public string? TimeZone { get; init; }
        public SliceJson? Slice { get; init; }
        public string? Logo { get; init; }
        public ColoursJson? Colours { get; init; }
        public List<LinkJson>? Links { get; init; }
        public bool Default { get; init; }
    }

    private sealed record SliceJson(List<string>? Languages = null, List<string>? Regions = null, List<string>? Countries = null,
        List<string>? Topics = null, List<string>? Rubrics = null);

    private sealed record ColoursJson(string? Accent = null, string? AccentText = null, string? Background = null, string? Text = null);

    private sealed record LinkJson(string? Title, string? Url);
}
