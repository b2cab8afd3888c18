namespace Svodka.Web.Submitting;

/// <summary>Settings of «Добавить новость» (section Submissions).</summary>
public sealed class SubmissionOptions
{
    /// <summary>Forms one address may post in <see cref="Window"/>; more are answered 429.</summary>
    public int PermitLimit { get; set; } = 5;
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Largest request body a form post may have.</summary>
    public long MaxBodyBytes { get; set; } = 128 * 1024;
}
