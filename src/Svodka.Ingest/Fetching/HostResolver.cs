using System.Net;

namespace Svodka.Ingest.Fetching;

/// <summary>
/// How a host name becomes addresses. A seam: tests resolve made-up names to a loopback server so the
/// public-host paths (redirects, DNS rebinding) can run without leaving the machine.
/// </summary>
internal interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

internal sealed class DnsHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}

/// <summary>
/// Which addresses count as public. <see cref="AddressClassifier.IsPublic"/> in production; a seam so a test
/// can let one loopback address stand in for the public internet.
/// </summary>
internal delegate bool IsPublicAddress(IPAddress address);
