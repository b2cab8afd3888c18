using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;
using Svodka.Ingest.Extraction;
using Svodka.Ingest.Fetching;

namespace Svodka.Cli.Commands;

public sealed class ExtractSettings : GlobalSettings
{
    [CommandArgument(0, "<FILE-OR-URL>")]
    [Description("A saved article page, or an http(s) URL to fetch.")]
    public string Input { get; init; } = "";

    [CommandOption("--url <URL>")]
    [Description("The page's address, for a saved file: relative links and images are made absolute against it.")]
    public string? Url { get; init; }
}

[Description("Extract an article page's text, safe HTML and metadata, and print them as JSON.")]
public sealed class ExtractCommand : AsyncCommand<ExtractSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExtractSettings settings, CancellationToken ct)
    {
        Uri? given = null;
        if (settings.Url is not null && (!Uri.TryCreate(settings.Url, UriKind.Absolute, out given) || (given.Scheme != Uri.UriSchemeHttp && given.Scheme != Uri.UriSchemeHttps)))
            throw new CliException($"--url is not an absolute http(s) URL: {settings.Url}", 2);

        byte[] body;
        string? contentType = null;
        Uri pageUrl;
        if (File.Exists(settings.Input))
        {
            var info = new FileInfo(settings.Input);
            if (info.Length > 64L * 1024 * 1024) throw new CliException($"{settings.Input} is larger than 64 MB");
            body = await File.ReadAllBytesAsync(settings.Input, ct);
            pageUrl = given ?? new Uri(info.FullName);
        }
        else if (Uri.TryCreate(settings.Input, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            await using var services = SvodkaRuntime.StartFetcherOnly(settings);
            try
            {
                var response = await services.GetRequiredService<HttpFetcher>().FetchAsync(new FetchRequest(url) { Accept = "text/html,application/xhtml+xml" }, ct);
                (body, contentType, pageUrl) = (response.Body, response.ContentType, given ?? response.FinalUrl);
            }
            catch (FetchException e)
            {
                throw new CliException($"cannot fetch {url}: {e.Message}");
            }
        }
        else
        {
            throw new CliException($"no such file, and not an http(s) URL: {settings.Input}");
        }

        try
        {
            var article = new ArticleExtractor().Extract(PageDecoding.Decode(body, contentType), pageUrl);
            Console.Out.WriteLine(ExtractJson.Write(article));
            return 0;
        }
        catch (ExtractionException e)
        {
            throw new CliException($"cannot extract an article from {settings.Input}: {e.Message}");
        }
    }
}
