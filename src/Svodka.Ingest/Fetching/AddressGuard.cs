using System.Net;
using System.Net.Sockets;

namespace Svodka.Ingest.Fetching;

/// <summary>
/// Resolves a host and refuses it when any address is not public. Runs at connect time, on the addresses the
/// socket will actually use, so redirects and DNS rebinding cannot slip a private address past it.
/// </summary>
internal sealed class AddressGuard(IHostResolver resolver, IsPublicAddress isPublic, bool allowPrivate)
{
    /// <summary>The addresses to connect to; throws <see cref="ConnectFailure"/> when refused or unresolvable.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var literal = ParseLiteral(host);
        IPAddress[] addresses;
        if (literal is not null)
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                throw new ConnectFailure(FetchFailure.Network, $"{host}: {DescribeDnsError(e.SocketErrorCode)}",
                    transient: e.SocketErrorCode == SocketError.TryAgain, e);
            }
            if (addresses.Length == 0)
                throw new ConnectFailure(FetchFailure.Network, $"{host}: host not found", transient: false);
        }

        if (allowPrivate) return addresses;

        // One internal address is enough to refuse: a public host has no business resolving to one.
        foreach (var address in addresses)
        {
            if (isPublic(address)) continue;
            var message = literal is not null
                ? $"refused: {address} is a private address"
                : $"refused: {host} resolves to a private address ({address})";
            throw new ConnectFailure(FetchFailure.PrivateAddress, message, transient: false);
        }
        return addresses;
    }

    /// <summary>True for a host written as an IP address that is not public, so the fetcher can refuse before connecting.</summary>
    public bool RefusesLiteral(string host, out string message)
    {
        var literal = ParseLiteral(host);
        if (allowPrivate || literal is null || isPublic(literal))
        {
            message = "";
            return false;
        }
        message = $"refused: {literal} is a private address";
        return true;
    }

    private static IPAddress? ParseLiteral(string host) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address : null;

    private static string DescribeDnsError(SocketError error) => error switch
    {
        SocketError.HostNotFound or SocketError.NoData => "host not found",
        SocketError.TryAgain => "DNS lookup failed for now",
        _ => $"DNS lookup failed ({error})",
    };
}
