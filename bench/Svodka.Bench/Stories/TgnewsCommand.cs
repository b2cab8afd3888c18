using System.Diagnostics;
using Svodka.Core.Tgnews;

namespace Svodka.Bench.Stories;

/// <summary>
/// Times the shipped `svodka tgnews VERB DIR` end to end, as the contest ran entries: a fresh process per run,
/// start-up, model loading, reading every file, the trained classifier, clustering and the JSON on stdout all
/// counted. Reports documents per second from the wall time seen here, and the process's own CPU time and peak
/// memory (its <c>--stats</c> line). <c>all</c> runs the five verbs one after another; <c>--runs N</c> repeats
/// each and reports every run and the median. The executable is the one the repository's <c>./svodka</c> builds
/// (.build/svodka/svodka, built first if its sources changed, outside the clock), run directly, so that the
/// script's check for changed sources is not counted. Where each document's time goes: <c>tgnews-profile</c>.
/// </summary>
public sealed class TgnewsCommand : IBenchCommand
{
    public string Name => "tgnews";
    public string Description => "tgnews VERB DIR [--runs N] [--out FILE] [--executable PATH]: times `svodka tgnews VERB DIR` (languages|news|categories|threads|top|all); docs/s, CPU, peak memory";

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: tgnews languages|news|categories|threads|top|all DIR [--runs N] [--out FILE] [--executable PATH]");
            return 2;
        }
        var verbs = args[0] == "all" ? Enum.GetValues<TgnewsTask>() : [Enum.Parse<TgnewsTask>(args[0], ignoreCase: true)];
        var dir = Path.GetFullPath(args[1]);
        var runs = int.Parse(BenchReport.Option(args, "--runs", "1")!);
        var outPath = BenchReport.Option(args, "--out");
        var svodka = FindSvodka();
        if (svodka is null)
        {
            Console.Error.WriteLine($"svodka-bench tgnews: no ./svodka in {Understand.UnderstandPaths.RepoRoot}; run the bench from a checkout");
            return 2;
        }
        var documents = Directory.EnumerateFiles(dir, "*.html", SearchOption.AllDirectories).Count();
        // Builds the executable when its sources changed, so that no run below pays for it.
        if ((await Run(svodka, ["--version"], null)).ExitCode != 0) return 1;
        // Another build (say, a framework-dependent publish) can be compared with --executable.
        var executable = BenchReport.Option(args, "--executable") is { } other
            ? Path.GetFullPath(other)
            : Path.Combine(Understand.UnderstandPaths.RepoRoot, ".build", "svodka", "svodka");

        foreach (var verb in verbs)
        {
            var name = verb.ToString().ToLowerInvariant();
            var seconds = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var output = outPath?.Replace("{verb}", name);
                var run = await Run(executable, ["tgnews", name, dir, "--stats"], output);
                if (run.ExitCode != 0)
                {
                    Console.Error.WriteLine($"svodka tgnews {name} exited with {run.ExitCode}: {run.Stderr.Trim()}");
                    return 1;
                }
                seconds.Add(run.Elapsed.TotalSeconds);
                var stats = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
                Console.WriteLine($"{name,-10} {BenchReport.Rate(documents, run.Elapsed, "docs")} (whole process)  | {stats}");
            }
            if (runs > 1)
            {
                var median = seconds.Order().ElementAt(seconds.Count / 2);
                Console.WriteLine($"{name,-10} median of {runs}: {documents / median:N0} docs/s ({median:F2} s)");
            }
        }
        return 0;
    }

    private sealed record RunResult(int ExitCode, TimeSpan Elapsed, string Stderr);

    /// <summary>Runs a program from the repository root, as <c>./svodka</c> does, its stdout to a file or nowhere.</summary>
    private static async Task<RunResult> Run(string program, string[] arguments, string? stdoutPath)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Understand.UnderstandPaths.RepoRoot,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await using (var sink = stdoutPath is null ? Stream.Null : File.Create(stdoutPath))
            await process.StandardOutput.BaseStream.CopyToAsync(sink);
        await process.WaitForExitAsync();
        clock.Stop();
        return new RunResult(process.ExitCode, clock.Elapsed, await stderr);
    }

    /// <summary>The repository's ./svodka script, or null when the bench does not run from a checkout.</summary>
    private static string? FindSvodka() =>
        Path.Combine(Understand.UnderstandPaths.RepoRoot, "svodka") is var script && File.Exists(script) ? script : null;
}
