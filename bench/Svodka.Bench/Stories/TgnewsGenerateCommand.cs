using Svodka.Bench.Stories.Corpus;

namespace Svodka.Bench.Stories;

/// <summary>Writes N synthetic contest files (ru and en news about templated events, reprints, some non-news and German) below DIR.</summary>
public sealed class TgnewsGenerateCommand : IBenchCommand
{
    public string Name => "tgnews-generate";
    public string Description => "tgnews-generate DIR N [--seed S] [--per-day A]: write N contest-format files of synthetic ru/en events";

    public Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], out var count))
        {
            Console.Error.WriteLine("usage: tgnews-generate DIR N [--seed S] [--per-day A]");
            return Task.FromResult(2);
        }
        var seed = int.Parse(BenchReport.Option(args, "--seed", "42")!);
        var perDay = double.Parse(BenchReport.Option(args, "--per-day", "50000")!, System.Globalization.CultureInfo.InvariantCulture);
        var generator = new CorpusGenerator(seed, new DateTimeOffset(2020, 5, 4, 0, 0, 0, TimeSpan.Zero), perDay);
        var dirs = new HashSet<string>();
        var written = 0;
        foreach (var article in generator.Articles().Take(count))
        {
            var path = Path.Combine(args[0], ContestHtmlWriter.RelativePath(article));
            var dir = Path.GetDirectoryName(path)!;
            if (dirs.Add(dir)) Directory.CreateDirectory(dir);
            File.WriteAllText(path, ContestHtmlWriter.Html(article));
            written++;
        }
        Console.WriteLine($"wrote {written:N0} files in {dirs.Count} hour folders below {args[0]}");
        return Task.FromResult(0);
    }
}
