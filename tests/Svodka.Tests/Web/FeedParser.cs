using System.Diagnostics;
using System.Text.Json;

namespace Svodka.Tests.Web;

/// <summary>
/// Runs Debian's python3-feedparser (a third-party reader many aggregators share) over feed files and reports,
/// per file, whether it complained (bozo) and the entries it read. Skips the test when feedparser is not installed
/// (./test installs it when run as root).
/// </summary>
public static class FeedParser
{
    public sealed record Parsed(int Bozo, string? Error, string? Version, string? Title, List<Entry> Entries);
    public sealed record Entry(string? Title, string? Link, string? Published);

    private const string Script = """
        import json, sys, feedparser
        out = {}
        for path in sys.argv[1:]:
            d = feedparser.parse(open(path, 'rb').read())
            out[path] = {"bozo": int(d.bozo), "error": str(d.get("bozo_exception")) if d.bozo else None,
                         "version": d.get("version"), "title": d.feed.get("title"),
                         "entries": [{"title": e.get("title"), "link": e.get("link"), "published": e.get("published")} for e in d.entries]}
        print(json.dumps(out))
        """;

    public static async Task<Dictionary<string, Parsed>> ParseAsync(IReadOnlyList<string> files)
    {
        var python = Python() ?? throw SkipException();
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"feedparser failed: {error}");
        var raw = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(output)!;
        return raw.ToDictionary(p => p.Key, p => new Parsed(
            p.Value.GetProperty("bozo").GetInt32(), p.Value.GetProperty("error").GetString(), p.Value.GetProperty("version").GetString(),
            p.Value.GetProperty("title").GetString(),
            p.Value.GetProperty("entries").EnumerateArray().Select(e => new Entry(e.GetProperty("title").GetString(), e.GetProperty("link").GetString(), e.GetProperty("published").GetString())).ToList()));
    }

    /// <summary>Debian's python3 first: a python3 earlier on PATH (pyenv) may not see Debian's packages.</summary>
    private static string? Python()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                using var p = Process.Start(new ProcessStartInfo(candidate, "-c \"import feedparser\"") { RedirectStandardError = true, RedirectStandardOutput = true });
                if (p is null) continue;
                p.WaitForExit(10_000);
                if (p.ExitCode == 0) return candidate;
            }
            catch (System.ComponentModel.Win32Exception) { }
        }
        return null;
    }

    private static Exception SkipException()
    {
        Assert.Skip("python3-feedparser is not installed (apt-get install python3-feedparser; ./test installs it as root)");
        return new InvalidOperationException();
    }
}
