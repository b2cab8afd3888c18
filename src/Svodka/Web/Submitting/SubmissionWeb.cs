using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Submissions;

namespace Svodka.Web.Submitting;

/// <summary>The services of «Добавить новость»: its settings, the per-address rate limit with its 429 page, the publisher.</summary>
public static class SubmissionWeb
{
    public static SubmissionOptions AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Submissions").Get<SubmissionOptions>() ?? new SubmissionOptions();
        services.AddSingleton<SubmissionPublisher>();
        services.AddSingleton<SubmissionIntake>();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(SubmitEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, options.PermitLimit), Window = options.Window, QueueLimit = 0 }));
        });
        return options;
    }
}
