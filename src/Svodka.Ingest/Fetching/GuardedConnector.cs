using System.Net;
using System.Net.Sockets;

namespace Svodka.Ingest.Fetching;

/// <summary>
/// The SocketsHttpHandler.ConnectCallback: resolves through <see cref="AddressGuard"/> and opens a socket to
/// exactly the addresses it approved, never resolving the name a second time.
/// </summary>
internal sealed class GuardedConnector(AddressGuard guard)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = await guard.ResolveAsync(host, cancellationToken).ConfigureAwait(false);

        SocketException? last = null;
        IPEndPoint? lastEndPoint = null;
        foreach (var address in addresses)
        {
            var endPoint = new IPEndPoint(address, port);
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
                lastEndPoint = endPoint;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new ConnectFailure(FetchFailure.Network, Describe(last!.SocketErrorCode, lastEndPoint!), transient: true, last);
    }

    private static string Describe(SocketError error, IPEndPoint endPoint) => error switch
    {
        SocketError.ConnectionRefused => $"connection refused by {endPoint}",
        SocketError.TimedOut => $"connection to {endPoint} timed out",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable => $"{endPoint} is unreachable",
        _ => $"could not connect to {endPoint} ({error})",
    };
}
