using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Cli.Commands;

public sealed class StatsSettings : GlobalSettings
{
    [CommandOption("--json")]
    [Description("Print {\"sources\", \"articles\", \"stories\", \"failing_sources\"} as JSON.")]
    public bool Json { get; init; }
}

[Description("Counts of sources, articles, stories and failing sources.")]
public sealed class StatsCommand : AsyncCommand<StatsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StatsSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var stats = await services.GetRequiredService<StatsStore>().GetAsync(ct);
        if (settings.Json)
        {
            CliJson.Print(new { sources = stats.Sources, articles = stats.Articles, stories = stats.Stories, failing_sources = stats.FailingSources });
            return 0;
        }
        var table = new Table().RoundedBorder().AddColumns("Sources", "Articles", "Stories", "Failing sources");
        table.AddRow(stats.Sources.ToString(), stats.Articles.ToString(), stats.Stories.ToString(), stats.FailingSources.ToString());
        AnsiConsole.Write(table);
        return 0;
    }
}
