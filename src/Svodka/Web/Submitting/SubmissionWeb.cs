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
            o.AddPolicy(SubmitEndpoints.RateLimitPolicy, context => AddressBudget.For(context, options.PermitLimit, options.Window));
        });
        return options;
    }
}
