using System.Diagnostics;
using Svodka.Cli;

namespace Svodka.Bench.Web;

/// <summary>
/// `svodka serve --role web` of another build, one process per port, over the database the bench filled (stop the
/// in-process site that filled it first, so that the sites measured are these alone).
/// </summary>
internal sealed class ExternalServers : IDisposable
{
    private readonly List<Process> _processes = [];

    public IReadOnlyList<int> Ids => _processes.Select(p => p.Id).ToList();

    public static async Task<ExternalServers> StartAsync(string executable, GlobalSettings settings, IReadOnlyList<(int Port, bool OutputCache)> sites)
    {
        if (!File.Exists(executable)) throw new FileNotFoundException($"{executable}: no such executable");
        var servers = new ExternalServers();
        try
        {
            foreach (var (port, outputCache) in sites)
            {
                var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var a in new[] { "serve", "--role", "web", "--urls", $"http://127.0.0.1:{port}", "--data", settings.Data! })
                    start.ArgumentList.Add(a);
                if (settings.Db is { } db)
                {
                    start.ArgumentList.Add("--db");
                    start.ArgumentList.Add(db);
                }
                start.Environment["SVODKA_Portal__OutputCache"] = outputCache ? "true" : "false";
                start.Environment["SVODKA_Logging__LogLevel__Default"] = "Warning";
                start.Environment["SVODKA_Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Error";
                var process = Process.Start(start)!;
                servers._processes.Add(process);
                // Read what it prints, so a full pipe never stops it.
                process.OutputDataReceived += (_, _) => { };
                process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine($"  [{port}] {line}"); };
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
                await WaitUntilServingAsync(process, port);
            }
            return servers;
        }
        catch
        {
            servers.Dispose();
            throw;
        }
    }

    private static async Task WaitUntilServingAsync(Process process, int port)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException($"the server on port {port} exited with code {process.ExitCode}");
            try
            {
                using var response = await client.GetAsync($"http://127.0.0.1:{port}/");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"the server on port {port} did not answer within 60 s");
    }

    public void Dispose()
    {
        foreach (var p in _processes)
        {
            try { if (!p.HasExited) p.Kill(entireProcessTree: true); p.WaitForExit(5000); }
            catch (InvalidOperationException) { }
            p.Dispose();
        }
    }
}
