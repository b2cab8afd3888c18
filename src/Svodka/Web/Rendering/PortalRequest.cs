using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Core.Text;
using Svodka.Sites;
using Svodka.Web.Assets;
using Svodka.Web.Vocabulary;

namespace Svodka.Web.Rendering;

/// <summary>What every page of one request shares: the site, its words and time zone, the time, where links point.</summary>
public sealed class PortalRequest
{
    public required Site Site { get; init; }
    public required bool ChosenByVisitor { get; init; }
    public required IReadOnlyList<Site> Network { get; init; }
    public required PortalVocabulary Vocabulary { get; init; }
    public required DateTimeOffset Now { get; init; }
    /// <summary>scheme://host[:port] of the request: absolute links (canonical, feeds, Open Graph) start here.</summary>
    public required string Origin { get; init; }
    public required string StylesheetUrl { get; init; }

    public Ui Ui => Ui.For(Site.Language);
    public string Language => Site.Language;

    public static PortalRequest From(HttpContext context)
    {
        var feature = context.Features.Get<SiteFeature>() ?? throw new InvalidOperationException("SiteSelection did not run");
        var services = context.RequestServices;
        return new PortalRequest
        {
            Site = feature.Site,
            ChosenByVisitor = feature.ChosenByVisitor,
            Network = services.GetRequiredService<SiteCatalog>().Sites,
            Vocabulary = services.GetRequiredService<PortalVocabulary>(),
            Now = services.GetRequiredService<TimeProvider>().GetUtcNow(),
            Origin = $"{context.Request.Scheme}://{context.Request.Host}",
            StylesheetUrl = services.GetRequiredService<StaticAssets>().StylesheetUrl,
        };
    }

    public DateTime Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Site.TimeZone).DateTime;

    public DateTime LocalNow => Local(Now);

    /// <summary>«24 ноября, 14:05» (with the year when it is not this year's).</summary>
    public string When(DateTimeOffset time) => NewsDates.DayMonthTime(Local(time), Language, LocalNow.Year);

    /// <summary>«5 минут назад», «вчера в 14:05».</summary>
    public string Ago(DateTimeOffset time) => NewsDates.Ago(Local(time), LocalNow, Language);

    /// <summary>The time as a machine reads it, for &lt;time datetime&gt;.</summary>
    public static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public string Absolute(string path) => Origin + path;

    /// <summary>Where a link to a sibling site goes: its host, or on a loopback host the ?site= switch.</summary>
    public string SiteHref(Site other) =>
        ChosenByVisitor || other.Hosts.Count == 0 ? $"/?site={Uri.EscapeDataString(other.Key)}" : $"{(Origin.StartsWith("https:", StringComparison.Ordinal) ? "https" : "http")}://{other.Hosts[0]}/";
}
