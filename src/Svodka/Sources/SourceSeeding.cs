using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Svodka.Demo;
using Svodka.Ingest.Opml;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Sources;

/// <summary>Gives a new installation its sources: the shipped OPML for a live site, the demo's feeds for the demo.</summary>
public static class SourceSeeding
{
    /// <summary>On an empty database, imports Sources:SeedOpml (default config/sources.opml).</summary>
    public static async Task SeedIfEmptyAsync(IServiceProvider services, CancellationToken ct)
    {
        var store = services.GetRequiredService<SourceStore>();
        if ((await store.ListAsync(ct)).Count > 0) return;
        var configured = services.GetRequiredService<IConfiguration>()["Sources:SeedOpml"];
        var path = configured ?? FindShipped(Path.Combine("config", "sources.opml"));
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Svodka.Sources");
        if (path is null || !File.Exists(path))
        {
            logger.LogWarning("no sources yet and no seed OPML found; add some with `svodka sources add URL`");
            return;
        }
        await using var stream = File.OpenRead(path);
        var result = await services.GetRequiredService<SourceImporter>().ImportAsync(OpmlReader.Read(stream), ct);
        logger.LogInformation("seeded {Added} sources from {Path}", result.Added, path);
    }

    public static async Task<int> AddDemoSourcesAsync(IServiceProvider services, IEnumerable<DemoFeed> feeds, CancellationToken ct)
    {
        var store = services.GetRequiredService<SourceStore>();
        var added = 0;
        foreach (var feed in feeds)
        {
            if (await store.FindAsync(feed.FeedUrl.AbsoluteUri, ct) is not null) continue;
            await store.AddAsync(new NewSource(feed.FeedUrl.AbsoluteUri, feed.Title, feed.SiteUrl.AbsoluteUri, feed.Category), ct);
            added++;
        }
        return added;
    }

    /// <summary>A file shipped with Svodka: beside the executable, else in the repository it was built from.</summary>
    public static string? FindShipped(string relative)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, relative);
        if (File.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(Path.Combine(dir.FullName, "Svodka.sln")) && File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
