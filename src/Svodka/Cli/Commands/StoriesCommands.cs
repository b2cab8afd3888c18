using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;
using Svodka.Core.Model;
using Svodka.Core.Ranking;
using Svodka.Storage.Stories;
using Svodka.Stories;

namespace Svodka.Cli.Commands;

public sealed class StoriesListSettings : GlobalSettings
{
    [CommandOption("--hour")]
    [Description("«Все новости часа»: stories with an article in the last hour.")]
    public bool Hour { get; init; }

    [CommandOption("--today")]
    [Description("«Все новости на сегодня»: stories with an article since midnight, Moscow time.")]
    public bool Today { get; init; }

    [CommandOption("--rubric <RUBRIC>")]
    [Description("society, economy, technology, sports, entertainment, science or other.")]
    public string? Rubric { get; init; }

    [CommandOption("--region <SLUG>")]
    [Description("A region's slug (moskva, respublika-krym …).")]
    public string? Region { get; init; }

    [CommandOption("--topic <SLUG>")]
    public string? Topic { get; init; }

    [CommandOption("--person <SLUG>")]
    public string? Person { get; init; }

    [CommandOption("-n|--take <N>")]
    public int Take { get; init; } = 30;

    [CommandOption("--json")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Hour && Today ? ValidationResult.Error("--hour and --today exclude each other")
        : Take is < 1 or > 1000 ? ValidationResult.Error("--take must be between 1 and 1000")
        : Rubric is not null && !Rubrics.Contains(Rubric) ? ValidationResult.Error($"unknown rubric '{Rubric}': one of {string.Join(", ", Rubrics)}")
        : ValidationResult.Success();

    internal static readonly string[] Rubrics = ["society", "economy", "technology", "sports", "entertainment", "science", "other"];
}

[Description("Stories, most important first (sources, growth, freshness, rubric).")]
public sealed class StoriesListCommand : AsyncCommand<StoriesListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoriesListSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var now = DateTimeOffset.UtcNow;
        var since = settings.Hour ? now.AddHours(-1)
            : settings.Today ? StoryLists.StartOfDay(now, MoscowTime.Zone)
            : now.AddDays(-3);
        (TagKind Kind, string Slug)? tag = settings.Region is { } r ? (TagKind.Region, r)
            : settings.Topic is { } t ? (TagKind.Topic, t)
            : settings.Person is { } p ? (TagKind.Person, p) : null;
        var ranked = await services.GetRequiredService<StoryRanking>().RankAsync(new StoryQuery
        {
            Since = since, Rubric = settings.Rubric, TagKind = tag?.Kind, TagSlug = tag?.Slug, Take = StoryQuery.MaxTake,
        }, ct, now);
        var shown = ranked.Take(settings.Take).ToList();
        if (settings.Json)
        {
            CliJson.Print(shown.Select(s => new
            {
                id = s.Story.Id, title = s.Story.Title, rubric = s.Story.Rubric, language = s.Story.Language,
                sources = s.Story.SourceCount, articles = s.Story.ArticleCount, first = s.Story.First, last = s.Story.Last,
                weight = s.Terms.Weight,
            }));
            return 0;
        }
        var table = new Table().RoundedBorder().AddColumns("ID", "Weight", "Sources", "Last", "Rubric", "Title");
        foreach (var s in shown)
            table.AddRow(s.Story.Id.ToString(), s.Terms.Weight.ToString("F3", CultureInfo.InvariantCulture), s.Story.SourceCount.ToString(),
                CliFormat.Time(s.Story.Last), s.Story.Rubric ?? "", CliFormat.Shorten(s.Story.Title, 80));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{shown.Count} of {ranked.Count} stories");
        return 0;
    }
}

public sealed class StoryShowSettings : GlobalSettings
{
    [CommandArgument(0, "<ID>")]
    public long Id { get; init; }
}

[Description("A story: its articles and outlets, tags, and the terms of its ranking weight.")]
public sealed class StoryShowCommand : AsyncCommand<StoryShowSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoryShowSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var store = services.GetRequiredService<StoryStore>();
        var detail = await store.GetAsync(settings.Id, ct) ?? throw new CliException($"no story {settings.Id}");
        if (detail.Story.Id != settings.Id) throw new CliException($"no story {settings.Id}");
        var story = detail.Story;
        var terms = await services.GetRequiredService<StoryRanking>().TermsAsync(story, ct);

        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(story.Title)}[/]").LeftJustified());
        if (story.Lead.Length > 0) AnsiConsole.WriteLine(story.Lead);
        AnsiConsole.MarkupLineInterpolated($"story {story.Id} · {story.Language} · {story.Rubric ?? "no rubric"} · {story.ArticleCount} articles from {story.SourceCount} sources · {CliFormat.Time(story.First)} – {CliFormat.Time(story.Last)}");
        foreach (var group in story.Tags.GroupBy(t => t.Kind))
            AnsiConsole.MarkupLineInterpolated($"{group.Key.ToString().ToLowerInvariant()}: {string.Join(", ", group.Select(t => $"{t.Name} ({t.Share:P0})"))}");

        var table = new Table().RoundedBorder().AddColumns("Published", "Source", "Title");
        foreach (var a in detail.Articles)
            table.AddRow(CliFormat.Time(a.Published ?? a.Fetched), CliFormat.Shorten(string.Join(", ", a.Sources.Select(s => s.Title)), 30),
                CliFormat.Shorten(a.Title, 90));
        AnsiConsole.Write(table);
        AnsiConsole.Write(new Panel(Markup.Escape(terms.Explain())).Header("ranking").RoundedBorder());
        return 0;
    }
}
