namespace Svodka.Users;

/// <summary>Settings of the admin sign-in (section Admin).</summary>
public sealed class SignInOptions
{
    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedAttempts { get; set; } = 10;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How long a signed-in session lasts without use.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
    /// <summary>Sign-in attempts one IP address may make per minute, whatever names it tries; more are answered 429.</summary>
    public int AttemptsPerMinute { get; set; } = 30;
    /// <summary>Send the session cookie only over HTTPS; false (the default) does so when the request is HTTPS.</summary>
    public bool SecureCookiesOnly { get; set; }
}
