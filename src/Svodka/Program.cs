using System.Text;
using Spectre.Console;
using Spectre.Console.Cli;
using Svodka.Cli;
using Svodka.Cli.Commands;
using Svodka.Sources;

Console.OutputEncoding = new UTF8Encoding(false);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };

var app = new CommandApp<ServeCommand>();
app.Configure(config =>
{
    config.SetApplicationName("svodka");
    config.SetApplicationVersion(typeof(Program).Assembly.GetName().Version?.ToString(3) ?? "0");
    config.AddCommand<ServeCommand>("serve");
    config.AddCommand<WorkerCommand>("worker");
    config.AddCommand<FetchCommand>("fetch");
    config.AddBranch("sources", sources =>
    {
        sources.SetDescription("Manage the feeds Svodka collects.");
        sources.AddCommand<SourceAddCommand>("add");
        sources.AddCommand<SourceImportCommand>("import");
        sources.AddCommand<SourceExportCommand>("export");
        sources.AddCommand<SourceListCommand>("list");
        sources.AddCommand<SourceRemoveCommand>("remove");
        sources.AddCommand<SourceDisableCommand>("disable");
        sources.AddCommand<SourceEnableCommand>("enable");
        sources.AddCommand<SourceAuthorityCommand>("authority");
    });
    config.AddBranch("feed", feed =>
    {
        feed.SetDescription("Look at a feed without storing it.");
        feed.AddCommand<FeedInspectCommand>("inspect");
    });
    config.AddBranch("articles", articles =>
    {
        articles.SetDescription("Stored articles.");
        articles.AddCommand<ArticlesListCommand>("list");
    });
    config.AddCommand<ExtractCommand>("extract");
    config.AddCommand<ReanalyseCommand>("reanalyse");
    config.AddCommand<TrainCommand>("train");
    config.AddCommand<EvalCommand>("eval");
    config.AddBranch("stories", stories =>
    {
        stories.SetDescription("Stories: one entry per event with every outlet that reports it.");
        stories.AddCommand<StoriesListCommand>("list");
        stories.AddCommand<StoryShowCommand>("show");
    });
    config.AddBranch("keys", keys =>
    {
        keys.SetDescription("API keys for writing through /api/v1.");
        keys.AddCommand<KeyAddCommand>("add");
        keys.AddCommand<KeyListCommand>("list");
        keys.AddCommand<KeyRevokeCommand>("revoke");
    });
    config.AddBranch("users", users =>
    {
        users.SetDescription("Users of /admin.");
        users.AddCommand<UserAddCommand>("add");
    });
    config.AddCommand<TgnewsCommand>("tgnews");
    config.AddCommand<StatsCommand>("stats");

    // One line that names the problem, never a stack trace: exit 1 for a failed task, 2 for bad usage.
    config.SetExceptionHandler((exception, _) =>
    {
        // Work spread over threads (the tgnews verbs) reports its failure wrapped, once per thread that met it.
        if (exception is AggregateException aggregate) exception = aggregate.Flatten().InnerExceptions[0];
        var (message, code) = exception switch
        {
            CliException e => (e.Message, e.ExitCode),
            SourceRejectedException e => (e.Message, 1),
            CommandParseException or CommandRuntimeException => (exception.Message, 2),
            OperationCanceledException => ("cancelled", 130),
            _ => ($"{exception.GetBaseException().Message} ({exception.GetType().Name})", 1),
        };
        Console.Error.WriteLine($"svodka: {message}");
        return code;
    });
});
return await app.RunAsync(args, stop.Token);
