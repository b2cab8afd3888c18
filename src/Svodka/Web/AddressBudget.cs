using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Svodka.Web;

/// <summary>
/// A rate limit's budget of one client address: a fixed window with no queue. The address is the connection's,
/// or the client's behind a proxy named in Web:TrustedProxies (<see cref="TrustedProxies"/>).
/// </summary>
public static class AddressBudget
{
    public static RateLimitPartition<string> For(HttpContext context, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(Address(context), _ => Window(permits, window));

    public static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>At least one permit, and a minute when the window set is not a positive time.</summary>
    public static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = window > TimeSpan.Zero ? window : TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
