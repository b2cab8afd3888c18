using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Svodka.Sites;

/// <summary>
/// A site back as the JSON object config/sites.json holds for it: what an admin's edit stores in the sites table,
/// so <see cref="SiteDefinitionReader"/> reads file and table alike and nothing the form does not show is lost.
/// </summary>
public static class SiteDefinitionWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public static string Write(Site site) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["key"] = site.Key,
        ["name"] = site.Name,
        ["tagline"] = site.Tagline,
        ["hosts"] = site.Hosts,
        ["language"] = site.Language,
        ["timeZone"] = site.TimeZone.Id,
        ["slice"] = new Dictionary<string, IReadOnlyList<string>>
        {
            ["languages"] = site.Slice.Languages,
            ["regions"] = site.Slice.Regions,
            ["countries"] = site.Slice.Countries,
            ["topics"] = site.Slice.Topics,
            ["rubrics"] = site.Slice.Rubrics,
        },
        ["logo"] = site.Logo,
        ["colours"] = new Dictionary<string, string>
        {
            ["accent"] = site.Colours.Accent,
            ["accentText"] = site.Colours.AccentText,
            ["background"] = site.Colours.Background,
            ["text"] = site.Colours.Text,
        },
        ["links"] = site.Links.Select(l => new Dictionary<string, string> { ["title"] = l.Title, ["url"] = l.Url }).ToList(),
        ["default"] = site.IsDefault,
    }, Options);
}
