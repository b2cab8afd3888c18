using Svodka.Core.Text;
using Svodka.Storage.Sources;
using Svodka.Web.Freshness;

namespace Svodka.Web.Lists;

/// <summary>An outlet as the portal names it: /source/{slug}, the slug transliterated from its title.</summary>
public sealed record PortalSource(SourceRecord Record, string Slug)
{
    public string Name => Record.DisplayName;
}

/// <summary>
/// The sources with their slugs, read again when the content version moves. Two sources with one title
/// keep the slug apart with the id («lenta-dnya-12»).
/// </summary>
public sealed class SourceDirectory(SourceStore store, SiteContentVersion version)
{
    private (long Version, IReadOnlyList<PortalSource> All, Dictionary<string, PortalSource> BySlug, Dictionary<long, PortalSource> ById)? cached;
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IReadOnlyList<PortalSource>> AllAsync(CancellationToken ct) => (await LoadAsync(ct)).All;

    public async Task<PortalSource?> BySlugAsync(string slug, CancellationToken ct) => (await LoadAsync(ct)).BySlug.GetValueOrDefault(slug);

    public async Task<PortalSource?> ByIdAsync(long id, CancellationToken ct) => (await LoadAsync(ct)).ById.GetValueOrDefault(id);

    private async Task<(long Version, IReadOnlyList<PortalSource> All, Dictionary<string, PortalSource> BySlug, Dictionary<long, PortalSource> ById)> LoadAsync(CancellationToken ct)
    {
        var now = version.Value;
        if (cached is { } c && c.Version == now) return c;
        await gate.WaitAsync(ct);
        try
        {
            if (cached is { } again && again.Version == now) return again;
            var records = await store.ListAsync(ct);
            var taken = new Dictionary<string, PortalSource>(StringComparer.Ordinal);
            var all = new List<PortalSource>();
            foreach (var record in records.OrderBy(r => r.Id))
            {
                var slug = Slugs.FromName(record.Title ?? (Uri.TryCreate(record.FeedUrl, UriKind.Absolute, out var u) ? u.Host : record.FeedUrl));
                if (slug.Length == 0 || taken.ContainsKey(slug)) slug = slug.Length == 0 ? $"source-{record.Id}" : $"{slug}-{record.Id}";
                var source = new PortalSource(record, slug);
                taken[slug] = source;
                all.Add(source);
            }
            all.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.CurrentCultureIgnoreCase));
            cached = (now, all, taken, all.ToDictionary(s => s.Record.Id));
            return cached.Value;
        }
        finally
        {
            gate.Release();
        }
    }
}
