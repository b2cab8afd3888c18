using System.Collections.Concurrent;
using Svodka.Core.Entities;
using Svodka.Core.Ranking;
using Svodka.Core.Stories;

namespace Svodka.Core.Tgnews;

/// <summary>
/// The contest's tasks over parsed pages, on the same code the portal runs: the language detector and
/// classifier the caller passes, <see cref="StoryFeaturizer"/>, <see cref="StoryClusterer"/> in batch mode,
/// <see cref="StorySummary"/> and <see cref="StoryRanker"/>. Per-page work runs in parallel; each language is
/// clustered on a thread of its own, in publication order, so the output is the same on every run. Article lists keep the
/// order of <c>pages</c> (pass them sorted by path); threads are listed most important first.
/// </summary>
/// <param name="language">ISO 639-1 code of a page (anything not "ru"/"en" is left out of the later tasks).</param>
/// <param name="classify">Whether a ru/en page (given with its language) is news, and its category, one of <see cref="TgnewsCategories.All"/> (read for news only): asked once per page.</param>
/// <param name="tagger">The entity tagger, asked for when the first page is featurised (so it may still be loading when pages are read).</param>
/// <param name="background">Document frequencies of a larger corpus to start IDF from (a copy is counted on; this one is not changed), asked for when clustering starts.</param>
public sealed class TgnewsRunner(
    Func<ContestPage, string> language,
    Func<ContestPage, string, (bool IsNews, string Category)> classify,
    Lazy<EntityTagger?>? tagger = null,
    StoryClustererOptions? clustering = null,
    RankingOptions? ranking = null,
    Lazy<DocumentFrequencies?>? background = null)
{
    private readonly Lazy<StoryFeaturizer> _featurizer = new(() => new StoryFeaturizer(null, tagger?.Value));

    public TgnewsResult Run(IReadOnlyList<ContestPage> pages, TgnewsTask task) => Run(pages, page => page, task);

    /// <summary>
    /// The tasks over pages read as they are analysed (<paramref name="read"/> gives null for a page to leave out, such
    /// as a malformed file): a page's text is garbage once its analysis is made, so a directory of any size is not held
    /// in memory, and the text of the pages never outlives the young generation of the garbage collector.
    /// </summary>
    public TgnewsResult Run<TSource>(IReadOnlyList<TSource> sources, Func<TSource, ContestPage?> read, TgnewsTask task)
    {
        // Handed out in chunks as the threads ask for them, not in one contiguous half each (PLINQ's way with a list):
        // pages differ in cost (long, news, Russian), and with fixed halves one core sat idle for up to a fifth of the run.
        var analyses = Partitioner.Create(sources as IList<TSource> ?? [.. sources], loadBalance: true)
            .AsParallel().AsOrdered()
            .Select(source => read(source) is { } page ? Analyze(page, task) : null)
            .Where(a => a is not null)
            .Select(a => a!)
            .ToList();

        var languages = analyses
            .Where(a => a.Language != Language.LanguageGuess.Other)
            .GroupBy(a => a.Language, StringComparer.Ordinal)
            .OrderBy(g => LanguageOrder(g.Key)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LanguageGroup(g.Key, g.Select(a => a.Name).ToList()))
            .ToList();
        if (task == TgnewsTask.Languages) return new TgnewsResult(task, languages, null, null, null, null);

        var news = analyses.Where(a => a.IsNews).ToList();
        var newsNames = news.Select(a => a.Name).ToList();
        if (task == TgnewsTask.News) return new TgnewsResult(task, languages, newsNames, null, null, null);

        var categories = TgnewsCategories.All
            .Select(c => new CategoryGroup(c, news.Where(a => a.Category == c).Select(a => a.Name).ToList()))
            .ToList();
        if (task == TgnewsTask.Categories) return new TgnewsResult(task, languages, newsNames, categories, null, null);

        // A story never spans languages, so each language is clustered apart, on its own core: the same stories
        // as one clusterer gives (term counts and IDF are per language anyway), in about half the time on two cores.
        var clustered = news
            .GroupBy(a => a.Language, StringComparer.Ordinal)
            .OrderBy(g => LanguageOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Select(a => a.Features!).ToList())
            .ToList()
            .AsParallel().AsOrdered()
            .Select(batch =>
            {
                var clusterer = new StoryClusterer(clustering, background?.Value?.Clone());
                clusterer.AddBatch(batch);
                return clusterer;
            })
            .ToList();
        var now = news.Count == 0 ? DateTimeOffset.UnixEpoch : news.Max(a => a.Published);
        var summaries = clustered
            .SelectMany(c => c.Stories.Select(story => (Story: story, c.Frequencies)))
            .AsParallel().AsOrdered()
            .Select(s => StorySummary.Of(s.Story, s.Frequencies))
            .ToList();
        var ranked = new StoryRanker(ranking).RankAll(summaries, now);
        var threads = ranked
            .Select(r => new NewsThread(r.Story.Title, r.Story.Articles.Select(x => x.ArticleId).ToList()))
            .ToList();
        if (task == TgnewsTask.Threads) return new TgnewsResult(task, languages, newsNames, categories, threads, null);

        var top = ranked.Select(r => new TopThread(r.Story.Title, r.Story.Rubric ?? "other", r.Story.Articles.Select(x => x.ArticleId).ToList())).ToList();
        var lists = new List<TopCategory> { new("any", top) };
        lists.AddRange(TgnewsCategories.All.Select(c => new TopCategory(c, top.Where(t => t.Category == c).ToList())));
        return new TgnewsResult(task, languages, newsNames, categories, threads, lists);
    }

    /// <summary>What the tasks keep of a page: not its text.</summary>
    private sealed record Analysis(string Name, DateTimeOffset Published, string Language, bool IsNews, string? Category, StoryFeatures? Features);

    private Analysis Analyze(ContestPage page, TgnewsTask task)
    {
        var lang = language(page);
        if (task == TgnewsTask.Languages || !TgnewsCategories.Languages.Contains(lang))
            return new Analysis(page.Name, page.Published, lang, false, null, null);
        var (news, cat) = classify(page, lang);
        if (!news || task == TgnewsTask.News) return new Analysis(page.Name, page.Published, lang, news, null, null);
        if (task == TgnewsTask.Categories) return new Analysis(page.Name, page.Published, lang, true, cat, null);
        var features = _featurizer.Value.Featurize(page.Name, page.Title, page.Body, page.Published, SourceOf(page), lang) with { Rubric = cat };
        return new Analysis(page.Name, page.Published, lang, true, cat, features);
    }

    private static string SourceOf(ContestPage page) =>
        page.SiteName.Length > 0 ? page.SiteName : SourceIds.FromUrl(page.Url);

    private static int LanguageOrder(string code) => code switch { "ru" => 0, "en" => 1, _ => 2 };
}
