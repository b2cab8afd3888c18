using Microsoft.AspNetCore.Http;
using Svodka.Sites;
using Svodka.Web.Vocabulary;

namespace Svodka.Web.Admin.Sites;

/// <summary>
/// The fields of a site an admin may change, as typed (so a wrong form comes back as it was), and their checks with
/// a Russian message per field. Lists (hosts, slugs) are typed one per line or separated by commas.
/// </summary>
public sealed record SiteForm
{
    public const int MaxName = 100;

    public string Name { get; init; } = "";
    public string Hosts { get; init; } = "";
    public string Language { get; init; } = "ru";
    public string Accent { get; init; } = "";
    public string AccentText { get; init; } = "";
    public string Background { get; init; } = "";
    public string Text { get; init; } = "";
    public string Languages { get; init; } = "";
    public string Regions { get; init; } = "";
    public string Countries { get; init; } = "";
    public string Topics { get; init; } = "";
    public string Rubrics { get; init; } = "";

    public static SiteForm From(Site site) => new()
    {
        Name = site.Name,
        Hosts = string.Join('\n', site.Hosts),
        Language = site.Language,
        Accent = site.Colours.Accent,
        AccentText = site.Colours.AccentText,
        Background = site.Colours.Background,
        Text = site.Colours.Text,
        Languages = string.Join(", ", site.Slice.Languages),
        Regions = string.Join(", ", site.Slice.Regions),
        Countries = string.Join(", ", site.Slice.Countries),
        Topics = string.Join(", ", site.Slice.Topics),
        Rubrics = string.Join(", ", site.Slice.Rubrics),
    };

    public static SiteForm Read(IFormCollection form) => new()
    {
        Name = Field(form, "name", 400),
        Hosts = Field(form, "hosts", 4000),
        Language = Field(form, "language", 8),
        Accent = Field(form, "accent", 16),
        AccentText = Field(form, "accentText", 16),
        Background = Field(form, "background", 16),
        Text = Field(form, "text", 16),
        Languages = Field(form, "languages", 200),
        Regions = Field(form, "regions", 4000),
        Countries = Field(form, "countries", 4000),
        Topics = Field(form, "topics", 4000),
        Rubrics = Field(form, "rubrics", 400),
    };

    /// <summary>The site as edited (what the form does not show kept from <paramref name="site"/>), or the messages keyed by field.</summary>
    public (Site? Site, Dictionary<string, string> Errors) Check(Site site, IReadOnlyList<Site> network, PortalVocabulary vocabulary)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = Name.Trim();
        if (name.Length == 0) errors["name"] = "Укажите название сайта.";
        else if (name.Length > MaxName) errors["name"] = $"Название — не длиннее {MaxName} знаков.";

        var hosts = List(Hosts).Select(h => h.ToLowerInvariant()).ToList();
        var taken = network.Where(s => s.Key != site.Key).SelectMany(s => s.Hosts.Select(h => (Host: h, Site: s)))
            .ToDictionary(x => x.Host, x => x.Site, StringComparer.OrdinalIgnoreCase);
        if (hosts.Count == 0) errors["hosts"] = "Укажите хотя бы один адрес сайта (например, moskva.svodka.local).";
        else if (hosts.FirstOrDefault(h => !SiteDefinitionReader.IsHost(h)) is { } badHost)
            errors["hosts"] = $"«{badHost}» — не имя хоста: латинские буквы, цифры, дефисы и точки, без http:// и порта.";
        else if (hosts.FirstOrDefault(taken.ContainsKey) is { } busy)
            errors["hosts"] = $"Адрес «{busy}» уже у сайта «{taken[busy].Name}».";

        var language = Language.Trim();
        if (language is not ("ru" or "en")) errors["language"] = "Выберите язык сайта: русский или английский.";

        string Colour(string field, string value)
        {
            var colour = value.Trim().ToLowerInvariant();
            if (!SiteDefinitionReader.IsColour(colour)) errors[field] = "Цвет записывается как #rgb или #rrggbb, например #1f4e9c.";
            return colour;
        }
        var colours = new SiteColours(Colour("accent", Accent), Colour("accentText", AccentText), Colour("background", Background), Colour("text", Text));

        var languages = List(Languages).Select(l => l.ToLowerInvariant()).ToList();
        if (languages.FirstOrDefault(l => l is not ("ru" or "en")) is { } badLanguage)
            errors["languages"] = $"Неизвестный язык «{badLanguage}»: ru или en.";
        var regions = Known(List(Regions), vocabulary.Gazetteer.Regions.Select(r => r.Slug), "regions", "Нет таких регионов в справочнике", errors);
        var countries = Known(List(Countries), vocabulary.Gazetteer.Countries.Select(c => c.Slug), "countries", "Нет таких стран в справочнике", errors);
        var topics = Known(List(Topics), vocabulary.Topics.Select(t => t.Slug), "topics", "Нет таких тем", errors);
        var rubrics = List(Rubrics);
        if (rubrics.Where(r => !PortalVocabulary.IsRubric(r)).ToList() is { Count: > 0 } badRubrics)
            errors["rubrics"] = $"Нет таких рубрик: {string.Join(", ", badRubrics)}. Рубрики: society, economy, technology, sports, entertainment, science, other.";

        if (errors.Count > 0) return (null, errors);
        return (site with
        {
            Name = name,
            Hosts = hosts,
            Language = language,
            Colours = colours,
            Slice = new SiteSlice(languages.Count > 0 ? languages : [language], regions, countries, topics, rubrics),
        }, errors);
    }

    private static List<string> Known(List<string> slugs, IEnumerable<string> known, string field, string message, Dictionary<string, string> errors)
    {
        var set = known.ToHashSet(StringComparer.Ordinal);
        var unknown = slugs.Where(s => !set.Contains(s)).ToList();
        if (unknown.Count > 0) errors[field] = $"{message}: {string.Join(", ", unknown)}.";
        return slugs;
    }

    private static List<string> List(string typed) =>
        typed.Split([',', '\n', '\r', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();

    private static string Field(IFormCollection form, string name, int max)
    {
        var value = form[name].ToString();
        return value.Length > max ? value[..max] : value;
    }
}
