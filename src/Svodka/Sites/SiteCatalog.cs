using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Svodka.Sources;
using Svodka.Storage.Sites;

namespace Svodka.Sites;

/// <summary>
/// The network's sites: config/sites.json (the shipped definition) with the sites table on top. A table row
/// replaces the file's site of the same key, adds a new one, or (disabled) takes one away: the operator's
/// edits are data and survive an upgrade that ships a new sites.json. Setting Portal:Sites names another file.
/// </summary>
public sealed class SiteCatalog(IConfiguration configuration, SiteStore store, ILogger<SiteCatalog> logger)
{
    private volatile Snapshot current = new([FallbackSite()]);

    public IReadOnlyList<Site> Sites => current.Sites;

    public Site Default => current.Default;

    public Site? ByKey(string key) => current.ByKey.GetValueOrDefault(key);

    /// <summary>The site for a request's host (port ignored); unknown hosts get the default site.</summary>
    public Site ForHost(string host) => current.ByHost.GetValueOrDefault(host.ToLowerInvariant()) ?? current.Default;

    /// <summary>Reads the file and the table again; a broken table row is logged and skipped, the rest stand.</summary>
    public async Task ReloadAsync(CancellationToken ct)
    {
        var sites = ReadFile().ToDictionary(s => s.Key, StringComparer.Ordinal);
        foreach (var row in await store.ListAsync(ct))
        {
            if (!row.Enabled)
            {
                sites.Remove(row.Key);
                continue;
            }
            try
            {
                sites[row.Key] = SiteDefinitionReader.ReadOne(row.Definition, row.Key);
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
            {
                logger.LogWarning("site {Key} in the sites table is skipped: {Error}", row.Key, e.Message);
            }
        }
        current = new Snapshot(sites.Count > 0 ? [.. sites.Values] : [FallbackSite()]);
    }

    private List<Site> ReadFile()
    {
        var path = configuration["Portal:Sites"] ?? SourceSeeding.FindShipped(Path.Combine("config", "sites.json"));
        if (path is null || !File.Exists(path))
        {
            logger.LogWarning("no config/sites.json: one default site");
            return [];
        }
        using var stream = File.OpenRead(path);
        return [.. SiteDefinitionReader.ReadFile(stream, Path.GetFileName(path))];
    }

    /// <summary>What serves when no site is defined anywhere: a general Russian site on every host.</summary>
    private static Site FallbackSite() => SiteDefinitionReader.ReadOne("""{"name": "Сводка", "tagline": "Новости России и мира", "default": true}""", "svodka");

    private sealed class Snapshot
    {
        public Snapshot(IReadOnlyList<Site> sites)
        {
            Sites = sites;
            Default = sites.FirstOrDefault(s => s.IsDefault) ?? sites[0];
            ByKey = sites.ToDictionary(s => s.Key, StringComparer.Ordinal);
            ByHost = new Dictionary<string, Site>(StringComparer.OrdinalIgnoreCase);
            foreach (var site in sites)
                foreach (var host in site.Hosts)
                    ByHost.TryAdd(host, site);
        }

        public IReadOnlyList<Site> Sites { get; }
        public Site Default { get; }
        public Dictionary<string, Site> ByKey { get; }
        public Dictionary<string, Site> ByHost { get; }
    }
}
