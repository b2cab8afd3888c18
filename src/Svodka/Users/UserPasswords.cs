using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Svodka.Storage.Users;

namespace Svodka.Users;

public enum SignInOutcome { Success, Invalid, LockedOut }

public sealed record SignInResult(SignInOutcome Outcome, UserRecord? User, DateTimeOffset? LockedUntil = null);

/// <summary>
/// Passwords with ASP.NET Core's PasswordHasher (PBKDF2), and sign-in with lockout: the configured number of wrong
/// passwords in a row locks the account for a while, during which even the right password is refused.
/// </summary>
public sealed class UserPasswords(UserStore users, IOptions<SignInOptions> options, TimeProvider clock)
{
    public const int MinPasswordLength = 10;
    private static readonly PasswordHasher<string> Hasher = new();
    // Verified against when the name is unknown, so a wrong name costs as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword("", Guid.NewGuid().ToString());

    public static string Hash(string name, string password) => Hasher.HashPassword(name, password);

    public async Task<SignInResult> SignInAsync(string name, string password, CancellationToken ct)
    {
        var user = name.Length is > 0 and <= UserRecord.NameLength ? await users.FindAsync(name, ct) : null;
        if (user is null)
        {
            Hasher.VerifyHashedPassword("", DummyHash, password);
            return new SignInResult(SignInOutcome.Invalid, null);
        }
        var now = clock.GetUtcNow();
        if (user.LockoutUntil is { } until && until > now) return new SignInResult(SignInOutcome.LockedOut, user, until);

        var verdict = Hasher.VerifyHashedPassword(user.Name, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var o = options.Value;
            await users.RecordFailureAsync(user.Id, o.MaxFailedAttempts, now + o.LockoutDuration, ct);
            return user.FailedAttempts + 1 >= o.MaxFailedAttempts
                ? new SignInResult(SignInOutcome.LockedOut, user, now + o.LockoutDuration)
                : new SignInResult(SignInOutcome.Invalid, user);
        }
        var rehashed = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hash(user.Name, password) : null;
        await users.RecordSuccessAsync(user.Id, rehashed, ct);
        return new SignInResult(SignInOutcome.Success, user);
    }
}
