using System.Diagnostics;
using Svodka.Ingest.Feeds;

namespace Svodka.Bench.Feeds;

/// <summary>
/// `feed-libraries`: runs System.ServiceModel.Syndication, CodeHollow.FeedReader and Svodka's FeedParser over the
/// same broken and ordinary feeds (gofeed's testdata and Svodka's fixtures) and prints, per library: feeds parsed
/// without exception, non-feeds refused, items found, and titles/links agreeing with the expected parse.
/// Titles are compared as plain text for every library alike; links as absolute URIs where both are absolute.
/// </summary>
public sealed class FeedLibraryComparison : IBenchCommand
{
    public string Name => "feed-libraries";
    public string Description => "compare Syndication, CodeHollow.FeedReader and FeedParser on broken feeds [--gofeed DIR] [--verbose]";

    public Task<int> RunAsync(string[] args)
    {
        var corpora = new List<(string Name, List<BenchFeedFile> Files)> { ("svodka fixtures", FeedBenchCorpus.Fixtures()) };
        if (FeedBenchCorpus.GofeedFolder(args) is { } gofeed) corpora.Insert(0, ("gofeed testdata", FeedBenchCorpus.Gofeed(gofeed)));
        else Console.WriteLine("gofeed testdata not found (pass --gofeed DIR or set SVODKA_SHARED_DATA); fixtures only");
        var verbose = args.Contains("--verbose");

        foreach (var (corpusName, files) in corpora.Append(("all", corpora.SelectMany(c => c.Files).ToList())))
        {
            var feeds = files.Count(f => !f.MustRefuse);
            var expectedItems = files.Sum(f => f.Expected.Count);
            Console.WriteLine();
            Console.WriteLine($"{corpusName}: {files.Count} files ({feeds} feeds, {files.Count - feeds} non-feeds), {expectedItems} expected items");
            Console.WriteLine($"{"library",-32} {"feeds parsed",14} {"refused",9} {"items",7} {"titles ok",11} {"links ok",11} {"ms",7}");
            foreach (var contestant in FeedContestants.All)
            {
                var score = Run(contestant, files, verbose && corpusName == "all");
                Console.WriteLine($"{contestant.Name,-32} {score.Parsed,6}/{feeds,-7} {score.Refused,3}/{files.Count - feeds,-5} {score.Items,7} {score.Titles,5}/{expectedItems,-5} {score.Links,5}/{expectedItems,-5} {score.Elapsed.TotalMilliseconds,7:F0}");
            }
        }
        return Task.FromResult(0);
    }

    private sealed record Score(int Parsed, int Refused, int Items, int Titles, int Links, TimeSpan Elapsed);

    private static Score Run(FeedContestant contestant, List<BenchFeedFile> files, bool verbose)
    {
        int parsed = 0, refused = 0, items = 0, titles = 0, links = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            IReadOnlyList<(string? Title, string? Link)> found;
            try
            {
                found = contestant.Parse(File.ReadAllBytes(file.Path));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                if (file.MustRefuse) refused++;
                else if (verbose) Console.WriteLine($"  {contestant.Name}: {file.Name}: {e.GetType().Name}: {FirstLine(e.Message)}");
                continue;
            }
            if (file.MustRefuse)
            {
                if (verbose) Console.WriteLine($"  {contestant.Name}: {file.Name}: not refused");
                continue;
            }
            parsed++;
            items += found.Count;
            for (var i = 0; i < Math.Min(found.Count, file.Expected.Count); i++)
            {
                if (SameTitle(found[i].Title, file.Expected[i].Title)) titles++;
                else if (verbose) Console.WriteLine($"  {contestant.Name}: {file.Name}[{i}] title {found[i].Title} != {file.Expected[i].Title}");
                if (SameLink(found[i].Link, file.Expected[i].Link)) links++;
                else if (verbose) Console.WriteLine($"  {contestant.Name}: {file.Name}[{i}] link {found[i].Link} != {file.Expected[i].Link}");
            }
        }
        return new Score(parsed, refused, items, titles, links, clock.Elapsed);
    }

    // A library may return a title as plain text already ("<p>" being literal text) or as markup: both count.
    private static bool SameTitle(string? found, string? expected) =>
        FeedText.Plain(expected) is var want && (FeedText.Plain(found) == want || FeedText.CollapseWhitespace(found) == want);

    private static bool SameLink(string? found, string? expected)
    {
        if (found?.Trim() == expected?.Trim()) return true;
        return Uri.TryCreate(found, UriKind.Absolute, out var a) && Uri.TryCreate(expected, UriKind.Absolute, out var b) && a == b;
    }

    private static string FirstLine(string message) => message.ReplaceLineEndings(" ") is var m && m.Length > 140 ? m[..140] : m;
}
