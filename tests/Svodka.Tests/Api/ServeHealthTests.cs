using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Svodka.Tests.Infrastructure;

namespace Svodka.Tests.Api;

/// <summary>/healthz of the real `svodka serve`, which runs the collector and the story worker in its process.</summary>
public sealed class ServeHealthTests : IDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("svodka-health-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Health_reports_the_collector_and_story_workers_of_the_serving_process()
    {
        var port = FreePort();
        await using var serve = SvodkaProcess.Start(["serve", "--urls", $"http://127.0.0.1:{port}", "--data", dataDir],
            new Dictionary<string, string> { ["SVODKA_Sources__SeedOpml"] = Path.Combine(dataDir, "no-seed.opml") });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };

        JsonElement? health = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline && !serve.HasExited; await Task.Delay(250))
        {
            try
            {
                var response = await http.GetAsync("healthz");
                var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                // The workers start with the host; wait until both report running.
                if (response.StatusCode == HttpStatusCode.OK && json.GetProperty("workers").EnumerateObject().Count() == 2
                    && json.GetProperty("workers").EnumerateObject().All(w => w.Value.GetProperty("running").GetBoolean()))
                {
                    health = json;
                    break;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
        }
        Assert.True(health is not null, $"serve never reported healthy workers: {serve.Stderr}");
        Assert.Equal("ok", health.Value.GetProperty("database").GetString());
        Assert.True(health.Value.GetProperty("workers").GetProperty("collector").GetProperty("running").GetBoolean());
        Assert.True(health.Value.GetProperty("workers").GetProperty("stories").GetProperty("running").GetBoolean());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
