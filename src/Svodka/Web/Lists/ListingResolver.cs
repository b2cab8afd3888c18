using System.Globalization;
using Svodka.Core.Model;
using Svodka.Core.Text;
using Svodka.Web.Rendering;
using Svodka.Web.Vocabulary;

namespace Svodka.Web.Lists;

/// <summary>
/// Turns a list route and its slug into a <see cref="Listing"/>, or null for a slug nothing knows (a 404).
/// How far back each list looks: the home page two days, hour and day pages their period, the rest a week
/// (a person a month: people are named less often than places).
/// </summary>
public sealed class ListingResolver(SourceDirectory sources)
{
    public static readonly TimeSpan HomeWindow = TimeSpan.FromDays(2);
    public static readonly TimeSpan ListWindow = TimeSpan.FromDays(7);
    public static readonly TimeSpan PersonWindow = TimeSpan.FromDays(30);

    public Listing Home(PortalRequest r) =>
        new(r.Ui.Latest, r.Site.Tagline, "/", [], new StoryFilter(r.Now - HomeWindow));

    public Listing Hour(PortalRequest r) =>
        new(r.Ui.Hour, r.Language == "ru" ? $"Все новости за последний час: {r.Site.Name}" : $"Everything reported in the last hour on {r.Site.Name}",
            "/hour", [new Crumb(r.Ui.Hour, "/hour")], new StoryFilter(r.Now - TimeSpan.FromHours(1)), ArticlesInPeriod: true);

    public Listing Today(PortalRequest r)
    {
        var day = DateOnly.FromDateTime(r.LocalNow);
        var listing = Day(r, day)!;
        return listing with
        {
            Heading = r.Ui.Today,
            Path = "/today",
            Crumbs = [new Crumb(r.Ui.Today, "/today")],
        };
    }

    /// <summary>A day in the site's time zone; null for a day after today.</summary>
    public Listing? Day(PortalRequest r, DateOnly day)
    {
        var today = DateOnly.FromDateTime(r.LocalNow);
        if (day > today || day.Year < 2000) return null;
        var start = Instant(r, day);
        var end = Instant(r, day.AddDays(1));
        var title = r.Language == "ru"
            ? $"Все новости за {NewsDates.DayMonth(day.ToDateTime(TimeOnly.MinValue), "ru", today.Year)}"
            : $"News of {NewsDates.DayMonth(day.ToDateTime(TimeOnly.MinValue), "en", today.Year)}";
        var path = $"/day/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return new Listing(title, $"{title}: {NewsDates.LongDay(day.ToDateTime(TimeOnly.MinValue), r.Language)}. {r.Site.Name}", path,
            [new Crumb(r.Ui.Today, "/today"), new Crumb(title, path)],
            new StoryFilter(start, end), ArticlesInPeriod: true,
            Day: new DayLinks($"/day/{day.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                day < today ? (day.AddDays(1) == today ? "/today" : $"/day/{day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}") : null));
    }

    public static Listing? Rubric(PortalRequest r, string slug)
    {
        if (!PortalVocabulary.IsRubric(slug)) return null;
        var name = PortalVocabulary.RubricName(slug, r.Language);
        var path = $"/rubric/{slug}";
        return new Listing(name, r.Language == "ru" ? $"Новости рубрики «{name}»: {r.Site.Name}" : $"{name} news on {r.Site.Name}",
            path, [new Crumb(name, path)], new StoryFilter(r.Now - ListWindow, Rubric: slug));
    }

    public static Listing? Topic(PortalRequest r, string slug)
    {
        if (r.Vocabulary.Topic(slug) is not { } topic) return null;
        var name = r.Vocabulary.TopicName(topic, r.Language);
        var path = $"/topic/{slug}";
        return new Listing(name, r.Language == "ru" ? $"{name}: главное за неделю на сайте {r.Site.Name}" : $"{name}: the week's stories on {r.Site.Name}",
            path, [new Crumb(name, path)], new StoryFilter(r.Now - ListWindow, Tag: (TagKind.Topic, slug)));
    }

    public static Listing? Region(PortalRequest r, string slug)
    {
        if (r.Vocabulary.Gazetteer.Region(slug) is not { } region) return null;
        var name = r.Language == "ru" ? region.NameRu : region.NameEn;
        var path = $"/region/{slug}";
        var links = new List<Crumb>();
        if (r.Vocabulary.Governors.FirstOrDefault(g => g.Region.Slug == slug) is { Governor: { } governor })
            links.Add(new Crumb($"{(r.Language == "ru" ? governor.NameRu : governor.NameEn)}, {r.Ui.Governor}", $"/person/{governor.Slug}"));
        return new Listing(r.Language == "ru" ? $"Новости: {name}" : $"{name} news",
            r.Language == "ru" ? $"Новости региона {name} ({PortalVocabulary.DistrictName(region.FederalDistrict, "ru")}) на сайте {r.Site.Name}" : $"News of {name} on {r.Site.Name}",
            path, [new Crumb(r.Ui.Regions, "/regions"), new Crumb(name, path)],
            new StoryFilter(r.Now - ListWindow, Tag: (TagKind.Region, slug), InSiteSlice: false), Links: links);
    }

    public static Listing? Country(PortalRequest r, string slug)
    {
        if (r.Vocabulary.Gazetteer.Country(slug) is not { } country) return null;
        var name = r.Language == "ru" ? country.NameRu : country.NameEn;
        var path = $"/country/{slug}";
        return new Listing(r.Language == "ru" ? $"Новости: {name}" : $"{name} news",
            r.Language == "ru" ? $"Новости о стране {name} на сайте {r.Site.Name}" : $"News about {name} on {r.Site.Name}",
            path, [new Crumb(r.Ui.Countries, "/regions"), new Crumb(name, path)],
            new StoryFilter(r.Now - ListWindow, Tag: (TagKind.Country, slug), InSiteSlice: false));
    }

    public static Listing? Person(PortalRequest r, string slug)
    {
        if (r.Vocabulary.Gazetteer.Person(slug) is not { } person) return null;
        var name = r.Language == "ru" ? person.NameRu : person.NameEn;
        var path = $"/person/{slug}";
        var links = new List<Crumb>();
        if (person.RegionSlug is { } regionSlug && r.Vocabulary.Gazetteer.Region(regionSlug) is { } region)
            links.Add(new Crumb(r.Language == "ru" ? region.NameRu : region.NameEn, $"/region/{region.Slug}"));
        var role = person.RoleRu.Length > 0 && r.Language == "ru" ? $", {person.RoleRu}" : "";
        return new Listing(name, r.Language == "ru" ? $"{name}{role}: последние новости на сайте {r.Site.Name}" : $"{name}: latest news on {r.Site.Name}",
            path, [new Crumb(r.Ui.Persons, "/governors"), new Crumb(name, path)],
            new StoryFilter(r.Now - PersonWindow, Tag: (TagKind.Person, slug), InSiteSlice: false), Links: links);
    }

    public async Task<Listing?> SourceAsync(PortalRequest r, string slug, CancellationToken ct)
    {
        if (await sources.BySlugAsync(slug, ct) is not { } source) return null;
        var path = $"/source/{slug}";
        var links = new List<Crumb>();
        if (source.Record.SiteUrl is { } site && Uri.TryCreate(site, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            links.Add(new Crumb(uri.Host, uri.AbsoluteUri));
        return new Listing(source.Name, r.Language == "ru" ? $"Новости источника «{source.Name}» на сайте {r.Site.Name}" : $"News from {source.Name} on {r.Site.Name}",
            path, [new Crumb(r.Ui.Sources, "/sources"), new Crumb(source.Name, path)],
            new StoryFilter(r.Now - ListWindow, SourceId: source.Record.Id), Links: links);
    }

    private static DateTimeOffset Instant(PortalRequest r, DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, r.Site.TimeZone.GetUtcOffset(midnight));
    }
}
