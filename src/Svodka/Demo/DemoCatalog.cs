using Svodka.Demo.Catalog;

namespace Svodka.Demo;

/// <summary>
/// The offline demo set: invented outlets (demo/outlets.json) and their articles (demo/events/*.txt, one
/// event reported by several outlets per file; demo/singles/*.txt, items only one outlet carries).
/// </summary>
public sealed class DemoCatalog
{
    private DemoCatalog(IReadOnlyList<DemoOutlet> outlets, IReadOnlyList<DemoArticle> articles)
    {
        Outlets = outlets;
        Articles = articles;
    }

    public IReadOnlyList<DemoOutlet> Outlets { get; }
    public IReadOnlyList<DemoArticle> Articles { get; }

    public IEnumerable<DemoArticle> ArticlesOf(DemoOutlet outlet) => Articles.Where(a => a.OutletId == outlet.Id);

    /// <summary>Reads and checks the demo folder; a mistake throws <see cref="DemoCatalogException"/> naming file and line.</summary>
    public static DemoCatalog Load(string demoDir)
    {
        if (!Directory.Exists(demoDir)) throw new DemoCatalogException($"{demoDir}: the demo folder does not exist");
        var outlets = OutletsFileReader.Read(Path.Combine(demoDir, "outlets.json"));
        var outletIds = outlets.Select(o => o.Id).ToHashSet();

        var articles = new List<DemoArticle>();
        // An event belongs to one events/ file, or to one block of a singles/ file.
        var eventOwners = new Dictionary<string, string>();
        foreach (var (folder, eventPerFile) in new[] { ("events", true), ("singles", false) })
        {
            var dir = Path.Combine(demoDir, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal))
                foreach (var article in ArticleFileReader.Read(file, eventPerFile))
                {
                    var owner = eventPerFile ? file : article.Origin;
                    if (eventOwners.TryGetValue(article.EventId, out var other) && other != owner)
                        throw new DemoCatalogException($"{article.Origin}: event '{article.EventId}' is already used by {other}");
                    eventOwners[article.EventId] = owner;
                    articles.Add(article);
                }
        }

        var seen = new Dictionary<(string, string), DemoArticle>();
        foreach (var article in articles)
        {
            if (!outletIds.Contains(article.OutletId))
                throw new DemoCatalogException($"{article.Origin}: unknown outlet '{article.OutletId}' (not in outlets.json)");
            if (!seen.TryAdd((article.OutletId, article.Slug), article))
                throw new DemoCatalogException($"{article.Origin}: '{article.OutletId}' already has an article '{article.Slug}' ({seen[(article.OutletId, article.Slug)].Origin})");
        }
        if (articles.Count == 0) throw new DemoCatalogException($"{demoDir}: no articles under events/ or singles/");
        return new DemoCatalog(outlets, articles.OrderBy(a => a.Age).ToList());
    }

    /// <summary>demo/ beside the executable (the build copies it there), else the repository's demo/ found above it.</summary>
    public static string DefaultDirectory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "demo");
        if (File.Exists(Path.Combine(beside, "outlets.json"))) return beside;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Svodka.sln")))
                    return Path.Combine(dir.FullName, "demo");
        throw new DemoCatalogException($"no demo folder beside {AppContext.BaseDirectory} and no Svodka.sln above it");
    }
}
