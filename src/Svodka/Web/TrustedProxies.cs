using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Svodka.Web;

/// <summary>
/// Behind a reverse proxy the client's address (which every per-address rate limit counts by) and scheme come
/// from X-Forwarded-For and X-Forwarded-Proto, but only as far as the proxies listed in Web:TrustedProxies
/// (addresses or CIDR networks) vouch for them. Unset, the headers are ignored: otherwise any client could
/// name a fresh address in each request and never spend its budget.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Web:TrustedProxies";

    /// <summary>Reads the setting (a JSON array, or one string of comma- or space-separated entries); a wrong entry stops the start.</summary>
    public static IReadOnlyList<string> Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Setting);
        var values = section.GetChildren().Any() ? section.GetChildren().Select(c => c.Value ?? "") : [section.Value ?? ""];
        return values.SelectMany(v => v.Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var entries = Read(configuration);
        if (entries.Count == 0) return;
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in entries)
        {
            if (entry.Contains('/') && System.Net.IPNetwork.TryParse(entry, out var network)) networks.Add(network);
            else if (!entry.Contains('/') && IPAddress.TryParse(entry, out var address)) proxies.Add(address);
            else throw new InvalidOperationException($"{Setting}: '{entry}' is neither an IP address nor a CIDR network such as 10.0.0.0/8");
        }
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; only what the operator listed counts here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
            // Walk back through the chain while each hop is trusted; the first untrusted one is the client.
            o.ForwardLimit = null;
        });
    }

    /// <summary>First in the pipeline, so that the rate limits, the pages' links and the cookies see the client as it is.</summary>
    public static void Use(WebApplication app)
    {
        if (Read(app.Configuration).Count > 0) app.UseForwardedHeaders();
    }
}
