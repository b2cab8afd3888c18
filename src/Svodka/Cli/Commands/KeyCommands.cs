using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;
using Svodka.Storage.ApiKeys;

namespace Svodka.Cli.Commands;

public sealed class KeyNameSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("A name for the key: who or what uses it («newsroom-bot»).")]
    public string Name { get; init; } = "";
}

[Description("Make an API key for writing through /api/v1 and print it (the only time it is shown).")]
public sealed class KeyAddCommand : AsyncCommand<KeyNameSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, KeyNameSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        try
        {
            var (record, key) = await services.GetRequiredService<ApiKeyStore>().AddAsync(settings.Name, ct);
            // The key alone on stdout, so a script can capture it; the note goes to stderr.
            Console.Out.WriteLine(key);
            Console.Error.WriteLine($"svodka: API key '{record.Name}' made; it is not stored and will not be shown again");
            return 0;
        }
        catch (Exception e) when (e is ApiKeyExistsException or ArgumentException)
        {
            throw new CliException(e.Message);
        }
    }
}

public sealed class KeyListSettings : GlobalSettings
{
    [CommandOption("--json")]
    [Description("Print JSON instead of a table.")]
    public bool Json { get; init; }
}

[Description("List API keys: name, created, last used, revoked (never the keys themselves).")]
public sealed class KeyListCommand : AsyncCommand<KeyListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, KeyListSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        var keys = await services.GetRequiredService<ApiKeyStore>().ListAsync(ct);
        if (settings.Json)
        {
            CliJson.Print(keys.Select(k => new { name = k.Name, created = k.CreatedAt, last_used = k.LastUsedAt, revoked = k.RevokedAt }));
            return 0;
        }
        var table = new Table().RoundedBorder().AddColumns("Name", "Created", "Last used", "Revoked");
        foreach (var k in keys)
            table.AddRow(new Text(k.Name), new Text(CliFormat.Time(k.CreatedAt)), new Text(CliFormat.Time(k.LastUsedAt)), new Text(CliFormat.Time(k.RevokedAt)));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{keys.Count} keys");
        return 0;
    }
}

[Description("Revoke an API key by name: requests with it are refused from now on.")]
public sealed class KeyRevokeCommand : AsyncCommand<KeyNameSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, KeyNameSettings settings, CancellationToken ct)
    {
        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        if (!await services.GetRequiredService<ApiKeyStore>().RevokeAsync(settings.Name, ct))
            throw new CliException($"no API key named '{settings.Name}'");
        AnsiConsole.MarkupLineInterpolated($"Revoked API key '{settings.Name}'");
        return 0;
    }
}
