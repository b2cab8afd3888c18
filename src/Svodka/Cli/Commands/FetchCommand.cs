using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;
using Spectre.Console.Cli;
using Svodka.Collecting;
using Svodka.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stats;

namespace Svodka.Cli.Commands;

[Description("Fetch every source that is due now (all of them after an import), with progress, then stop.")]
public sealed class FetchCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var store = services.GetRequiredService<SourceStore>();
        var collector = services.GetRequiredService<SourceCollector>();
        var options = services.GetRequiredService<IOptions<CollectorOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var workerId = $"cli/{Environment.MachineName}/{Environment.ProcessId}";

        var results = new List<CollectResult>();
        var total = (await store.ListAsync(ct)).Count(s => s.Enabled && (s.NextFetchAt is null || s.NextFetchAt <= time.GetUtcNow()));
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Fetching sources", maxValue: Math.Max(1, total));
                while (true)
                {
                    var leases = await store.ClaimDueAsync(workerId, time.GetUtcNow(), options.Parallelism * 4, options.LeaseDuration, ct);
                    if (leases.Count == 0) break;
                    await Parallel.ForEachAsync(leases, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = ct },
                        async (lease, token) =>
                        {
                            var result = await collector.CollectAsync(lease, token);
                            lock (results) results.Add(result);
                            task.Increment(1);
                            task.Description = $"Fetching sources: {results.Sum(r => r.New)} new articles";
                        });
                }
                task.Value = task.MaxValue;
            });

        if (!await AnsiConsole.Status().StartAsync("Grouping articles into stories…",
                _ => services.GetRequiredService<Stories.StoryWorker>().RunOnceAsync(ct)))
            AnsiConsole.MarkupLine("[yellow]A running story worker holds this database; it will group the new articles.[/]");

        var failed = results.Where(r => !r.Ok).ToList();
        AnsiConsole.MarkupLineInterpolated($"{results.Count} sources fetched: {results.Sum(r => r.New)} new articles, {results.Sum(r => r.Seen)} already stored, {failed.Count} failing");
        if (failed.Count > 0)
        {
            var table = new Table().RoundedBorder().AddColumns("Source", "Error");
            foreach (var f in failed) table.AddRow(new Text(f.FeedUrl), new Text(f.Error ?? ""));
            AnsiConsole.Write(table);
        }
        return 0;
    }
}
