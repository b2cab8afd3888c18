using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;
using Svodka.Core.Classify;
using Svodka.Core.Classify.Evaluation;
using Svodka.Core.Classify.Sources;
using Svodka.Core.Classify.Training;
using Svodka.Core.Language;
using Svodka.Core.Understanding;
using Svodka.Storage.Articles;
using Svodka.Understanding;

namespace Svodka.Cli.Commands;

public sealed class TrainSettings : GlobalSettings
{
    [CommandOption("--from <DIR>")]
    [Description("The folder holding tgcontest-toloka, tgcontest-extra, ria-topics-partial and tgnews-round1-sample (default ../shared/data beside the repository, or SVODKA_SHARED_DATA).")]
    public string? From { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Where to write the model (default models/classifier.zip in the repository).")]
    public string? Out { get; init; }

    [CommandOption("--only <PART>")]
    [Description("classifier (the news and rubric model) or frequencies (the stories' background word counts, models/story-frequencies.tsv.gz); both when absent.")]
    public string? Only { get; init; }

    public override ValidationResult Validate() => Only is null or "classifier" or "frequencies"
        ? ValidationResult.Success()
        : ValidationResult.Error($"--only must be classifier or frequencies, not '{Only}'");
}

[Description("Train the news and rubric classifier from the labelled sets and the repository's own examples, and count the stories' background word frequencies.")]
public sealed class TrainCommand : AsyncCommand<TrainSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, TrainSettings settings, CancellationToken ct)
    {
        if (settings.From is not null && !Directory.Exists(settings.From)) throw new CliException($"no such folder: {settings.From}");
        TrainingInputs.SharedDataOverride = settings.From;
        if (settings.Only is null or "classifier") TrainClassifier(settings);
        if (settings.Only is null or "frequencies") CountFrequencies();
        return Task.FromResult(0);
    }

    private static void CountFrequencies()
    {
        var folder = TrainingInputs.SharedData is { } root && Directory.Exists(Path.Combine(root, "tgnews-round1-sample"))
            ? Path.Combine(root, "tgnews-round1-sample")
            : throw new CliException("tgnews-round1-sample is absent (looked in --from, SVODKA_SHARED_DATA and ../shared/data): no background frequencies counted");
        Core.Stories.DocumentFrequencies frequencies = null!;
        AnsiConsole.Progress().Start(progress =>
        {
            var task = progress.AddTask("Counting background word frequencies");
            frequencies = StoryBackground.Build(folder, new LanguageDetector(), (done, total) =>
            {
                task.MaxValue = total;
                task.Value = done;
            });
            task.Value = task.MaxValue;
        });
        var output = Path.Combine(TrainingInputs.RepoRoot, StoryBackground.ShippedFile);
        StoryBackground.Save(frequencies, output);
        AnsiConsole.MarkupLineInterpolated($"Background frequencies of {frequencies.Documents("ru"):N0} Russian and {frequencies.Documents("en"):N0} English articles written to {output}");
    }

    private static void TrainClassifier(TrainSettings settings)
    {
        var output = settings.Out ?? TrainingInputs.ModelPath;

        TrainingSet set = null!;
        TrainingReport report = null!;
        AnsiConsole.Status().Start("Reading the labelled sets…", status =>
        {
            set = TrainingInputs.Assemble(new LanguageDetector());
            status.Status($"Training on {set.Examples.Count:N0} examples…");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            var temporary = output + ".tmp";
            using (var file = File.Create(temporary)) report = ClassifierTrainer.Train(set.Examples, file);
            File.Move(temporary, output, overwrite: true);
        });
        foreach (var note in set.Notes) AnsiConsole.MarkupLineInterpolated($"[yellow]note:[/] {note}");
        var origins = new Table().RoundedBorder().AddColumns("Labels from", "Examples");
        foreach (var group in set.Examples.GroupBy(e => e.Origin).OrderBy(g => g.Key, StringComparer.Ordinal))
            origins.AddRow(group.Key, group.Count().ToString("N0"));
        AnsiConsole.Write(origins);
        Console.Out.WriteLine(report.ToString());
        AnsiConsole.MarkupLineInterpolated($"Model written to {output}");
    }
}

public sealed class EvalSettings : GlobalSettings
{
    [CommandArgument(0, "<KIND>")]
    [Description("categories (Toloka category TSV) or pairs (Toloka pairs TSV).")]
    public string Kind { get; init; } = "";

    [CommandArgument(1, "<FILE>")]
    public string File { get; init; } = "";

    public override ValidationResult Validate() => Kind is "categories" or "pairs"
        ? ValidationResult.Success()
        : ValidationResult.Error($"KIND must be categories or pairs, not '{Kind}'");
}

[Description("Measure Svodka on labelled data in the Toloka TSV formats: accuracy, confusion matrix, precision / recall / F1.")]
public sealed class EvalCommand : AsyncCommand<EvalSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, EvalSettings settings, CancellationToken ct)
    {
        if (!File.Exists(settings.File)) throw new CliException($"no such file: {settings.File}");
        return Task.FromResult(settings.Kind == "categories" ? Categories(settings.File) : Pairs(settings.File, ct));
    }

    private static int Categories(string file)
    {
        var language = TolokaCategories.LanguageFromFileName(file)
            ?? throw new CliException($"cannot tell the language of {Path.GetFileName(file)}: Toloka files are named ru_… or en_…");
        List<LabelledExample> examples;
        try
        {
            using var reader = File.OpenText(file);
            examples = [.. TolokaCategories.Read(reader, language)];
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or IndexOutOfRangeException or ArgumentException)
        {
            throw new CliException($"{file} is not a Toloka category file: {e.Message}");
        }
        if (examples.Count == 0) throw new CliException($"{file} holds no labelled rows");
        var model = Sources.SourceSeeding.FindShipped(Path.Combine("models", "classifier.zip"));
        if (model is null) throw new CliException("no trained model (models/classifier.zip); run `svodka train`");
        using var stream = File.OpenRead(model);
        var classifier = ArticleClassifier.Load(stream);
        var report = CategoryEvaluation.Evaluate(classifier, examples);
        Console.Out.WriteLine(report.ToText());
        return 0;
    }

    private static int Pairs(string file, CancellationToken ct)
    {
        List<Core.Stories.Evaluation.TolokaPair> pairs;
        try
        {
            using var reader = File.OpenText(file);
            pairs = Core.Stories.Evaluation.TolokaPairReader.Read(reader);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or IndexOutOfRangeException or ArgumentException)
        {
            throw new CliException($"{file} is not a Toloka pairs file: {e.Message}");
        }
        if (pairs.Count == 0) throw new CliException($"{file} holds no labelled pairs");
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        var (languages, _, entities, _) = AnalyzerLoader.LoadParts(configuration);
        var result = Core.Stories.Evaluation.PairEvaluation.Run(pairs, new Core.Stories.StoryFeaturizer(languages, entities),
            frequencies: StoryBackground.Load(configuration));
        var s = result.Scores;
        var table = new Table().RoundedBorder().AddColumns("", "same story", "different stories");
        table.AddRow("predicted same", s.TruePositives.ToString(), s.FalsePositives.ToString());
        table.AddRow("predicted different", s.FalseNegatives.ToString(), s.TrueNegatives.ToString());
        AnsiConsole.Write(table);
        Console.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"pairs {s.Pairs}  precision {s.Precision:F3}  recall {s.Recall:F3}  F1 {s.F1:F3}"));
        return 0;
    }
}

[Description("Run the understanding stage again over every stored article (after a model or gazetteer change).")]
public sealed class ReanalyseCommand : AsyncCommand<GlobalSettings>
{
    private const int Page = 500;

    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var store = services.GetRequiredService<ArticleStore>();
        var total = await store.CountAsync(ct);
        var analyzer = AnsiConsole.Status().Start("Loading models…", _ => services.GetRequiredService<ReloadableAnalyzer>().Current);
        long done = 0;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Analysing articles", maxValue: Math.Max(1, total));
                for (long after = 0; ;)
                {
                    var page = await store.TextsAsync(after, Page, ct);
                    if (page.Count == 0) break;
                    var results = new (long, Core.Model.ArticleAnalysis)[page.Count];
                    Parallel.For(0, page.Count, new ParallelOptions { CancellationToken = ct },
                        i => results[i] = (page[i].Id, analyzer.Analyse(page[i].Title, page[i].Text, page[i].Url)));
                    await store.SaveAnalysesAsync(results, DateTimeOffset.UtcNow, ct);
                    after = page[^1].Id;
                    done += page.Count;
                    task.Value = done;
                }
                task.Value = task.MaxValue;
            });
        AnsiConsole.MarkupLineInterpolated($"{done:N0} articles analysed");
        return 0;
    }
}
