using Microsoft.Extensions.DependencyInjection;
using Svodka.Cli;
using Svodka.Storage.Users;
using Svodka.Tests.Infrastructure;
using Svodka.Users;

namespace Svodka.Tests.Operate;

/// <summary>`svodka users add`: how the first admin is made, run as the operator runs it.</summary>
public sealed class UsersCliTests : IDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("svodka-users-").FullName;

    private Task<(int Code, string Stdout, string Stderr)> Svodka(params string[] args) =>
        SvodkaProcess.RunAsync([.. args, "--data", dataDir]);

    [Fact]
    public async Task The_first_admin_is_added_with_a_hashed_password_and_bad_input_is_refused()
    {
        var added = await Svodka("users", "add", "anna", "--role", "admin", "--password", "long enough secret");
        Assert.True(added.Code == 0, added.Stderr);
        Assert.Contains("Added admin", added.Stdout);

        await using (var services = await SvodkaRuntime.StartCliAsync(new GlobalSettings { Data = dataDir }, CancellationToken.None))
        {
            var user = await services.GetRequiredService<UserStore>().FindAsync("anna", CancellationToken.None);
            Assert.Equal(UserRole.Admin, user!.Role);
            Assert.DoesNotContain("long enough secret", user.PasswordHash);
            var signIn = await services.GetRequiredService<UserPasswords>().SignInAsync("anna", "long enough secret", CancellationToken.None);
            Assert.Equal(SignInOutcome.Success, signIn.Outcome);
        }

        var again = await Svodka("users", "add", "anna", "--role", "admin", "--password", "long enough secret");
        Assert.Equal(1, again.Code);
        Assert.Contains("svodka: a user named 'anna' already exists", again.Stderr);
        var shortPassword = await Svodka("users", "add", "boris", "--password", "short");
        Assert.Equal(1, shortPassword.Code);
        Assert.Contains("too short", shortPassword.Stderr);
        var role = await Svodka("users", "add", "boris", "--role", "owner", "--password", "long enough secret");
        Assert.Equal(1, role.Code);
        Assert.Contains("unknown role", role.Stderr);
    }

    public void Dispose()
    {
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }
}
