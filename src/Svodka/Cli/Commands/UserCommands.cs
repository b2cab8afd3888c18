using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;
using Svodka.Storage.Users;
using Svodka.Users;

namespace Svodka.Cli.Commands;

public sealed class UserAddSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The name to sign in to /admin with.")]
    public string Name { get; init; } = "";

    [CommandOption("--role <ROLE>")]
    [Description("admin (everything) or editor (moderation and stories). Default: editor.")]
    public string Role { get; init; } = "editor";

    [CommandOption("--password <PASSWORD>")]
    [Description("The password; asked for (twice, hidden) when left out.")]
    public string? Password { get; init; }
}

[Description("Add a user of /admin: the first admin is made this way.")]
public sealed class UserAddCommand : AsyncCommand<UserAddSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UserAddSettings settings, CancellationToken ct)
    {
        var name = settings.Name.Trim();
        if (name.Length is 0 or > UserRecord.NameLength || name.Any(char.IsControl))
            throw new CliException($"a user name is 1 to {UserRecord.NameLength} printable characters");
        if (!Enum.TryParse<UserRole>(settings.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            throw new CliException($"unknown role '{settings.Role}': admin or editor");
        var password = settings.Password ?? Prompt();
        if (password.Length < UserPasswords.MinPasswordLength)
            throw new CliException($"the password is too short: at least {UserPasswords.MinPasswordLength} characters");

        await using var services = await SvodkaRuntime.StartCliAsync(settings, ct);
        try
        {
            await services.GetRequiredService<UserStore>().AddAsync(name, UserPasswords.Hash(name, password), role, ct);
        }
        catch (UserExistsException e)
        {
            throw new CliException(e.Message);
        }
        AnsiConsole.MarkupLineInterpolated($"Added {role.ToString().ToLowerInvariant()} [bold]{name}[/]: sign in at /admin/login");
        return 0;
    }

    private static string Prompt()
    {
        if (Console.IsInputRedirected) throw new CliException("no --password given and no terminal to ask on");
        var first = AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
        var second = AnsiConsole.Prompt(new TextPrompt<string>("Again:").Secret());
        if (first != second) throw new CliException("the passwords differ");
        return first;
    }
}
