using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Svodka.Storage.ApiKeys;

namespace Svodka.Web.Api;

/// <summary>
/// The API's budgets (settings Api:ReadsPerWindow, Api:WritesPerWindow, Api:RateWindow): reads per client
/// address, writes per API key (per address for requests without one). Over budget is a 429 problem+json
/// with Retry-After.
/// </summary>
public static class ApiRateLimits
{
    public const string ReadPolicy = "api-read";
    /// <summary>For every endpoint that changes data, beside <see cref="ApiKeyCheck.RequireAsync"/>: <c>.RequireRateLimiting(ApiRateLimits.WritePolicy)</c>.</summary>
    public const string WritePolicy = "api-write";

    public static void Add(IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(ReadPolicy, context =>
            {
                var o = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
                return AddressBudget.For(context, o.ReadsPerWindow, o.RateWindow);
            });
            limiter.AddPolicy(WritePolicy, context =>
            {
                var o = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
                // By the key's hash: the key itself should not sit in the limiter's memory.
                var key = ApiKeyCheck.Presented(context.Request) is { Length: > 0 } presented ? "key:" + ApiKeyStore.Hash(presented) : "address:" + AddressBudget.Address(context);
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => AddressBudget.Window(o.WritesPerWindow, o.RateWindow));
            });
        });
    }
}
