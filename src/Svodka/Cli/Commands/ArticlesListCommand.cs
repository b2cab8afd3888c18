using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Cli.Commands;

public sealed class ArticlesListSettings : GlobalSettings
{
    [CommandOption("-n|--take <N>")]
    [Description("How many articles, newest first (default 30).")]
    public int Take { get; init; } = 30;

    [CommandOption("--source <SOURCE>")]
    [Description("Only articles from this source (ID or feed URL).")]
    public string? Source { get; init; }

    [CommandOption("--json")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Take is < 1 or > 10_000 ? ValidationResult.Error("--take must be between 1 and 10000") : ValidationResult.Success();
}

[Description("List stored articles, newest first.")]
public sealed class ArticlesListCommand : AsyncCommand<ArticlesListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ArticlesListSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        long? sourceId = null;
        if (settings.Source is not null)
            sourceId = (await services.GetRequiredService<SourceStore>().FindAsync(settings.Source, ct))?.Id
                ?? throw new CliException($"no source {settings.Source}");
        var store = services.GetRequiredService<ArticleStore>();
        var list = await store.ListAsync(new ArticleQuery { SourceId = sourceId, Take = settings.Take }, ct);
        if (settings.Json)
        {
            CliJson.Print(list.Select(a => new
            {
                id = a.Id, title = a.Title, url = a.Url, published = a.Published, fetched = a.Fetched,
                sources = a.Sources.Select(s => s.Title), language = a.Language, author = a.Author,
            }));
            return 0;
        }
        var table = new Table().RoundedBorder().AddColumns("ID", "Published", "Source", "Lang", "Title");
        foreach (var a in list)
            table.AddRow(a.Id.ToString(), CliFormat.Time(a.Published ?? a.Fetched), CliFormat.Shorten(string.Join(", ", a.Sources.Select(s => s.Title)), 30),
                a.Language ?? "", CliFormat.Shorten(a.Title, 90));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{list.Count} of {await store.CountAsync(ct)} articles");
        return 0;
    }
}
