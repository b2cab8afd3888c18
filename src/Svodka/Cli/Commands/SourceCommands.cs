using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;
using Svodka.Ingest.Opml;
using Svodka.Sources;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Cli.Commands;

public sealed class SourceAddSettings : GlobalSettings
{
    [CommandArgument(0, "<URL>")]
    [Description("A feed URL, or a site page whose <link rel=\"alternate\"> names its feed.")]
    public string Url { get; init; } = "";

    [CommandOption("--title <TITLE>")]
    [Description("Title to show instead of the feed's own.")]
    public string? Title { get; init; }

    [CommandOption("--category <CATEGORY>")]
    public string? Category { get; init; }

    [CommandOption("--no-check")]
    [Description("Add the URL as a feed without fetching it (no discovery).")]
    public bool NoCheck { get; init; }
}

[Description("Add a source: a feed URL, or a site page whose feed is discovered.")]
public sealed class SourceAddCommand : AsyncCommand<SourceAddSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SourceAddSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var adder = services.GetRequiredService<SourceAdder>();
        var added = await adder.AddAsync(settings.Url, settings.Title, settings.Category, check: !settings.NoCheck, ct);
        AnsiConsole.MarkupLineInterpolated($"Added source [bold]#{added.Id}[/] «{added.Title ?? "(untitled)"}» {added.FeedUrl}");
        return 0;
    }
}

public sealed class SourceImportSettings : GlobalSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("An OPML file.")]
    public string File { get; init; } = "";
}

[Description("Import sources from an OPML file (existing ones are kept).")]
public sealed class SourceImportCommand : AsyncCommand<SourceImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SourceImportSettings settings, CancellationToken ct)
    {
        if (!System.IO.File.Exists(settings.File)) throw new CliException($"no such file: {settings.File}");
        IReadOnlyList<OpmlOutline> outlines;
        await using (var stream = System.IO.File.OpenRead(settings.File))
        {
            try { outlines = OpmlReader.Read(stream); }
            catch (OpmlException e) { throw new CliException($"cannot read {settings.File}: {e.Message}"); }
        }
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var importer = services.GetRequiredService<SourceImporter>();
        OpmlImportResult result = null!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Importing {Path.GetFileName(settings.File)}", maxValue: Math.Max(1, outlines.Count));
                result = await importer.ImportAsync(outlines, ct, onEach: () => task.Increment(1));
            });
        AnsiConsole.MarkupLineInterpolated($"{result.Added} added, {result.Existing} already present, {result.Invalid.Count} invalid");
        foreach (var invalid in result.Invalid) AnsiConsole.MarkupLineInterpolated($"  [yellow]skipped[/] {invalid}");
        return 0;
    }
}

[Description("Print every source as OPML 2.0 on standard output.")]
public sealed class SourceExportCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var list = await services.GetRequiredService<SourceStore>().ListAsync(ct);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false));
        OpmlWriter.Write(stdout, "Svodka sources", list.Select(s => new OpmlOutline(s.Title, s.FeedUrl, s.SiteUrl, s.Category)));
        await stdout.FlushAsync(ct);
        return 0;
    }
}

public sealed class SourceListSettings : GlobalSettings
{
    [CommandOption("--json")]
    [Description("Print JSON instead of a table.")]
    public bool Json { get; init; }
}

[Description("List sources: title, URL, last fetch, status, last error, items, next fetch.")]
public sealed class SourceListCommand : AsyncCommand<SourceListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SourceListSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var list = await services.GetRequiredService<SourceStore>().ListAsync(ct);
        if (settings.Json)
        {
            CliJson.Print(list.Select(s => new
            {
                id = s.Id, title = s.Title, feed_url = s.FeedUrl, site_url = s.SiteUrl, category = s.Category,
                enabled = s.Enabled, status = s.Status.ToString().ToLowerInvariant(), last_fetch = s.LastFetchedAt,
                last_error = s.LastError, items = s.ItemsTotal, next_fetch = s.NextFetchAt,
            }));
            return 0;
        }
        var table = new Table().RoundedBorder()
            .AddColumns("ID", "Title", "URL", "Last fetch", "Status", "Last error", "Items", "Next fetch");
        foreach (var s in list)
        {
            var status = !s.Enabled ? "[grey]disabled[/]" : s.Status switch
            {
                SourceStatus.Ok => "[green]ok[/]",
                SourceStatus.Failing => $"[red]failing ×{s.ConsecutiveFailures}[/]",
                _ => "[grey]new[/]",
            };
            table.AddRow(
                new Text(s.Id.ToString()), new Text(s.Title ?? ""), new Text(s.FeedUrl), new Text(CliFormat.Time(s.LastFetchedAt)),
                new Markup(status), new Text(CliFormat.Shorten(s.LastError, 60)), new Text(s.ItemsTotal.ToString()),
                new Text(s.Enabled ? CliFormat.Time(s.NextFetchAt) : ""));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{list.Count} sources");
        return 0;
    }
}

public class SourceRefSettings : GlobalSettings
{
    [CommandArgument(0, "<SOURCE>")]
    [Description("The source's ID or feed URL.")]
    public string Source { get; init; } = "";
}

[Description("Remove a source (its articles stay).")]
public sealed class SourceRemoveCommand : AsyncCommand<SourceRefSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SourceRefSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var store = services.GetRequiredService<SourceStore>();
        var source = await store.FindAsync(settings.Source, ct) ?? throw new CliException($"no source {settings.Source}");
        await store.RemoveAsync(source.Id, ct);
        AnsiConsole.MarkupLineInterpolated($"Removed source #{source.Id} {source.FeedUrl}");
        return 0;
    }
}

[Description("Stop fetching a source.")]
public sealed class SourceDisableCommand : AsyncCommand<SourceRefSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, SourceRefSettings settings, CancellationToken ct) =>
        SourceSwitch.SetAsync(settings, enabled: false, ct);
}

[Description("Fetch a disabled source again.")]
public sealed class SourceEnableCommand : AsyncCommand<SourceRefSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, SourceRefSettings settings, CancellationToken ct) =>
        SourceSwitch.SetAsync(settings, enabled: true, ct);
}

internal static class SourceSwitch
{
    public static async Task<int> SetAsync(SourceRefSettings settings, bool enabled, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var store = services.GetRequiredService<SourceStore>();
        var source = await store.FindAsync(settings.Source, ct) ?? throw new CliException($"no source {settings.Source}");
        await store.SetEnabledAsync(source.Id, enabled, ct);
        AnsiConsole.MarkupLineInterpolated($"Source #{source.Id} {source.FeedUrl} {(enabled ? "enabled" : "disabled")}");
        return 0;
    }
}

public sealed class SourceAuthoritySettings : SourceRefSettings
{
    [CommandArgument(1, "<WEIGHT>")]
    [Description("How much one report by this outlet weighs in ranking: 1 is ordinary, 2 counts double, 0 never ranks a story up.")]
    public double Weight { get; init; }

    public override ValidationResult Validate() =>
        double.IsFinite(Weight) && Weight is >= 0 and <= 10 ? ValidationResult.Success() : ValidationResult.Error("WEIGHT must be between 0 and 10");
}

[Description("Set a source's authority: its weight in story ranking.")]
public sealed class SourceAuthorityCommand : AsyncCommand<SourceAuthoritySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SourceAuthoritySettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var store = services.GetRequiredService<SourceStore>();
        var source = await store.FindAsync(settings.Source, ct) ?? throw new CliException($"no source {settings.Source}");
        await store.SetAuthorityAsync(source.Id, settings.Weight, ct);
        AnsiConsole.MarkupLineInterpolated($"Source #{source.Id} {source.FeedUrl} now weighs {settings.Weight} in ranking");
        return 0;
    }
}
