using Svodka.Ingest.Opml;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Sources;

public sealed record OpmlImportResult(int Added, int Existing, IReadOnlyList<string> Invalid);

/// <summary>Adds the feeds of an OPML file as sources, keeping the ones already present.</summary>
public sealed class SourceImporter(SourceStore sources)
{
    public async Task<OpmlImportResult> ImportAsync(IReadOnlyList<OpmlOutline> outlines, CancellationToken ct, Action? onEach = null)
    {
        var known = (await sources.ListAsync(ct)).Select(s => s.FeedUrl).ToHashSet(StringComparer.OrdinalIgnoreCase);
        int added = 0, existing = 0;
        var invalid = new List<string>();
        foreach (var outline in outlines)
        {
            ct.ThrowIfCancellationRequested();
            if (!Uri.TryCreate(outline.XmlUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                invalid.Add($"«{outline.Title}»: not an http(s) feed URL: {outline.XmlUrl}");
            }
            else if (!known.Add(url.AbsoluteUri))
            {
                existing++;
            }
            else
            {
                try
                {
                    await sources.AddAsync(new NewSource(url.AbsoluteUri, outline.Title, outline.HtmlUrl, outline.Category), ct);
                    added++;
                }
                catch (SourceExistsException)
                {
                    existing++;
                }
            }
            onEach?.Invoke();
        }
        return new OpmlImportResult(added, existing, invalid);
    }
}
