using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;
using Svodka.Ingest.Feeds;
using Svodka.Ingest.Fetching;

namespace Svodka.Cli.Commands;

public sealed class FeedInspectSettings : GlobalSettings
{
    [CommandArgument(0, "<PATH-OR-URL>")]
    [Description("A feed file, or an http(s) URL to fetch.")]
    public string Input { get; init; } = "";
}

[Description("Parse a feed and print it as JSON (title, link, language, items).")]
public sealed class FeedInspectCommand : AsyncCommand<FeedInspectSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FeedInspectSettings settings, CancellationToken ct)
    {
        var (body, url, contentType) = await ReadAsync(settings, ct);
        try
        {
            var feed = FeedParser.Parse(body, url, contentType);
            Console.Out.WriteLine(FeedInspectJson.Write(feed));
            return 0;
        }
        catch (FeedParseException e)
        {
            throw new CliException($"cannot read feed {settings.Input}: {e.Message}");
        }
    }

    /// <summary>A file when one exists at the path, else a URL fetched with the collector's limits.</summary>
    internal static async Task<(byte[] Body, Uri? Url, string? ContentType)> ReadAsync(FeedInspectSettings settings, CancellationToken ct)
    {
        if (File.Exists(settings.Input))
        {
            var info = new FileInfo(settings.Input);
            if (info.Length > 64L * 1024 * 1024) throw new CliException($"{settings.Input} is larger than 64 MB");
            return (await File.ReadAllBytesAsync(settings.Input, ct), new Uri(info.FullName), null);
        }
        if (!Uri.TryCreate(settings.Input, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new CliException($"no such file, and not an http(s) URL: {settings.Input}");

        await using var provider = SvodkaRuntime.StartFetcherOnly(settings);
        try
        {
            var response = await provider.GetRequiredService<HttpFetcher>().FetchAsync(new FetchRequest(url), ct);
            return (response.Body, response.FinalUrl, response.ContentType);
        }
        catch (FetchException e)
        {
            throw new CliException($"cannot fetch {url}: {e.Message}");
        }
    }
}
