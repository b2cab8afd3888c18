using System.ComponentModel;
using Microsoft.Extensions.Configuration;
using Spectre.Console.Cli;
using Svodka.Core.Classify;
using Svodka.Core.Language;
using Svodka.Core.Tgnews;
using Svodka.Stories;
using Svodka.Understanding;

namespace Svodka.Cli.Commands;

public sealed class TgnewsSettings : GlobalSettings
{
    [CommandArgument(0, "<TASK>")]
    [Description("languages, news, categories, threads or top.")]
    public string Task { get; init; } = "";

    [CommandArgument(1, "<SOURCE_DIR>")]
    [Description("A folder with *.html files (any depth) in the Telegram Data Clustering Contest's format.")]
    public string SourceDir { get; init; } = "";

    [CommandOption("--stats")]
    [Description("When done, print to stderr how many pages were read, the time taken, pages per second, peak memory, the methods compiled at run time and the garbage collector's pauses.")]
    public bool Stats { get; init; }

    public override Spectre.Console.ValidationResult Validate() => Enum.TryParse<TgnewsTask>(Task, ignoreCase: true, out _)
        ? Spectre.Console.ValidationResult.Success()
        : Spectre.Console.ValidationResult.Error($"TASK must be languages, news, categories, threads or top, not '{Task}'");
}

[Description("The Telegram Data Clustering Contest's interface: read contest pages, print the task's JSON on stdout.")]
public sealed class TgnewsCommand : Command<TgnewsSettings>
{
    public override int Execute(CommandContext context, TgnewsSettings settings, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var task = Enum.Parse<TgnewsTask>(settings.Task, ignoreCase: true);
        var configuration = new ConfigurationBuilder();
        SvodkaRuntime.AddSvodkaConfiguration(configuration, settings);
        var built = configuration.Build();

        // The models load on their own threads, beside each other: loading is mostly one thread's work each. Each task
        // loads only what it uses (languages only the language models; news and categories the classifier too). The
        // language models, the slowest, warm up while pages are already analysed: most pages are decided by their
        // letters and function words, and one that needs a model waits for it.
        var needsClassifier = task != TgnewsTask.Languages;
        var needsStories = task is TgnewsTask.Threads or TgnewsTask.Top;
        var classifier = needsClassifier ? Loading(() => AnalyzerLoader.LoadClassifier(built)) : null;
        var entities = needsStories ? Loading(() => AnalyzerLoader.LoadEntityTagger(built)) : null;
        var background = needsStories ? Loading(() => StoryBackground.Load(built)) : null;
        // Whole articles, read once: the trigram models decide the few short pages for a tenth of the load time.
        var detector = new LanguageDetector(shortTextModels: false);
        _ = Loading(() =>
        {
            detector.Preload();
            return detector;
        });

        List<string> files;
        try
        {
            files = ContestDirectory.Files(settings.SourceDir);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            throw new CliException(e.Message);
        }

        // Pages are read and their language detected while the classifier and the gazetteer still load: the first page
        // that needs one waits for it.
        (bool, string) Classify(ContestPage page, string language)
        {
            var c = Loaded(classifier!).Classify(page.Title, page.Body, language, page.Url);
            return (c.IsNews, TgnewsCategories.All.Contains(c.Rubric) ? c.Rubric : "other");
        }

        var runner = new TgnewsRunner(
            page => detector.Detect(page.Title, page.Text).Code,
            Classify,
            entities is null ? null : new Lazy<Svodka.Core.Entities.EntityTagger?>(() => Loaded(entities)),
            background: background is null ? null : new Lazy<Svodka.Core.Stories.DocumentFrequencies?>(() => Loaded(background)));
        // Each page is read as it is analysed, so only what the tasks keep of it stays in memory.
        var result = runner.Run(files, ContestDirectory.TryRead, task);
        using var stdout = Console.OpenStandardOutput();
        TgnewsJson.Write(stdout, result);
        if (settings.Stats) Console.Error.WriteLine(Stats(task, files.Count, result, clock.Elapsed));
        return 0;
    }

    /// <summary>
    /// One line for operators and benchmarks: what was read and made, how fast, the process's peak memory, and how many
    /// methods the JIT compiled (what the ReadyToRun image did not hold, and the hot methods recompiled), how long the
    /// garbage collector stopped the threads, and how much was allocated (over the collections: the young generation's size).
    /// </summary>
    private static string Stats(TgnewsTask task, int pages, TgnewsResult result, TimeSpan elapsed)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var made = result.Threads is { } threads ? $", {threads.Count} threads"
            : result.News is { } news ? $", {news.Count} news" : "";
        return FormattableString.Invariant(
            $"tgnews {task.ToString().ToLowerInvariant()}: {pages} pages{made} in {elapsed.TotalSeconds:F2} s ({pages / elapsed.TotalSeconds:F0} pages/s), CPU {process.TotalProcessorTime.TotalSeconds:F2} s, peak memory {process.PeakWorkingSet64 / (1024 * 1024)} MB, {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled at run time, GC paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s in {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2) of {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated");
    }

    /// <summary>Starts loading on a thread of its own (not the pool's, which reads the pages).</summary>
    private static Task<T> Loading<T>(Func<T> load) =>
        Task.Factory.StartNew(load, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>What a load gave, or its exception as loading it in place would have thrown it.</summary>
    private static T Loaded<T>(Task<T> loading) => loading.GetAwaiter().GetResult();
}
