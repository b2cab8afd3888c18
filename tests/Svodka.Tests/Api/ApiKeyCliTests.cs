using System.Text.Json;
using Svodka.Tests.Infrastructure;

namespace Svodka.Tests.Api;

/// <summary>`svodka keys add|list|revoke` as an operator runs them.</summary>
public sealed class ApiKeyCliTests : IDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("svodka-keys-").FullName;

    private Task<(int Code, string Stdout, string Stderr)> Svodka(params string[] args) => SvodkaProcess.RunAsync([.. args, "--data", dataDir]);

    public void Dispose()
    {
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_key_is_printed_once_listed_by_name_and_revoked()
    {
        var (code, stdout, stderr) = await Svodka("keys", "add", "newsroom-bot");
        Assert.True(code == 0, stderr);
        var key = stdout.Trim();
        Assert.StartsWith("svk_", key);
        Assert.True(key.Length > 40, key);
        Assert.Contains("will not be shown again", stderr);

        var list = await Svodka("keys", "list", "--json");
        Assert.Equal(0, list.Code);
        var row = JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().Single();
        Assert.Equal("newsroom-bot", row.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("revoked").ValueKind);
        Assert.DoesNotContain(key, list.Stdout);
        // Only the key's hash is stored: the database file and its journal do not hold the key.
        foreach (var file in Directory.GetFiles(dataDir, "svodka.db*"))
            Assert.DoesNotContain(key, System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)));

        var again = await Svodka("keys", "add", "newsroom-bot");
        Assert.Equal(1, again.Code);
        Assert.Contains("svodka: an API key named 'newsroom-bot' already exists", again.Stderr);

        Assert.Equal(0, (await Svodka("keys", "revoke", "newsroom-bot")).Code);
        var revoked = JsonDocument.Parse((await Svodka("keys", "list", "--json")).Stdout).RootElement.EnumerateArray().Single();
        Assert.NotEqual(JsonValueKind.Null, revoked.GetProperty("revoked").ValueKind);

        var missing = await Svodka("keys", "revoke", "nobody");
        Assert.Equal(1, missing.Code);
        Assert.Contains("svodka: no API key named 'nobody'", missing.Stderr);
    }
}
