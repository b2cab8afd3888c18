using System.Diagnostics;
using System.Text.Json;

namespace Svodka.Tests.Api;

/// <summary>
/// Runs Debian's python3-prometheus-client text parser (the reference implementation of the exposition format)
/// over scraped text and returns the families it read. Skips the test when python3 or the module is absent
/// (./test installs python3-prometheus-client when run as root).
/// </summary>
public static class PrometheusParser
{
    public sealed record Sample(string Name, Dictionary<string, string> Labels, double Value);

    private const string Script = """
        import json, sys
        from prometheus_client.parser import text_string_to_metric_families
        out = {}
        for family in text_string_to_metric_families(sys.stdin.read()):
            out[family.name] = [{"name": s.name, "labels": s.labels, "value": s.value} for s in family.samples]
        print(json.dumps(out))
        """;

    public static async Task<Dictionary<string, List<Sample>>> ParseAsync(string text)
    {
        var python = Python() ?? throw Skip();
        var start = new ProcessStartInfo(python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(text);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"prometheus_client could not parse the metrics: {error}\n{text}");
        var raw = JsonSerializer.Deserialize<Dictionary<string, List<JsonElement>>>(output)!;
        return raw.ToDictionary(f => f.Key, f => f.Value.Select(s => new Sample(
            s.GetProperty("name").GetString()!,
            s.GetProperty("labels").EnumerateObject().ToDictionary(l => l.Name, l => l.Value.GetString()!),
            s.GetProperty("value").GetDouble())).ToList());
    }

    /// <summary>Debian's python3 first: a python3 earlier on PATH (pyenv) may not see Debian's packages.</summary>
    private static string? Python()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                using var p = Process.Start(new ProcessStartInfo(candidate, "-c \"import prometheus_client.parser\"") { RedirectStandardError = true, RedirectStandardOutput = true });
                if (p is null) continue;
                p.WaitForExit(10_000);
                if (p.ExitCode == 0) return candidate;
            }
            catch (System.ComponentModel.Win32Exception) { }
        }
        return null;
    }

    private static Exception Skip()
    {
        Assert.Skip("python3-prometheus-client is not installed (apt-get install python3-prometheus-client; ./test installs it as root)");
        return new InvalidOperationException();
    }
}
