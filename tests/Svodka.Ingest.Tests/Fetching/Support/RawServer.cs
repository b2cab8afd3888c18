using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Svodka.Ingest.Tests.Fetching.Support;

/// <summary>
/// A TCP listener on 127.0.0.1 for servers Kestrel will not impersonate: ones that never answer, stall
/// mid-body or lie in their headers. Each connection's request head is read, then the handler answers.
/// </summary>
internal sealed class RawServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly List<Task> _connections = [];
    private long _bytesWritten;

    private RawServer(Func<RawConnection, Task> handler)
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Root = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync(handler);
    }

    public Uri Root { get; }

    /// <summary>Bytes the handlers managed to write, over all connections.</summary>
    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    public static RawServer Start(Func<RawConnection, Task> handler) => new(handler);

    private async Task AcceptAsync(Func<RawConnection, Task> handler)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            lock (_connections) _connections.Add(ServeAsync(client, handler));
        }
    }

    private async Task ServeAsync(TcpClient client, Func<RawConnection, Task> handler)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                var head = await ReadRequestHeadAsync(stream, _stop.Token);
                await handler(new RawConnection(head, stream, _stop.Token, n => Interlocked.Add(ref _bytesWritten, n)));
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or SocketException)
            {
                // The client or the test went away; nothing more to serve.
            }
        }
    }

    private static async Task<string> ReadRequestHeadAsync(NetworkStream stream, CancellationToken ct)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 64 * 1024)
        {
            if (await stream.ReadAsync(one, ct) == 0) break;
            head.Add(one[0]);
            var n = head.Count;
            if (n >= 4 && head[n - 4] == '\r' && head[n - 3] == '\n' && head[n - 2] == '\r' && head[n - 1] == '\n') break;
        }
        return Encoding.ASCII.GetString(head.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _accepting;
        Task[] connections;
        lock (_connections) connections = [.. _connections];
        await Task.WhenAll(connections);
        _stop.Dispose();
    }
}

/// <summary>One accepted connection of a <see cref="RawServer"/>, with its request head already read.</summary>
internal sealed class RawConnection(string head, NetworkStream stream, CancellationToken stopping, Action<long> wrote)
{
    /// <summary>The request line and headers, as ASCII.</summary>
    public string Head { get; } = head;

    public CancellationToken Stopping { get; } = stopping;

    public async Task WriteAsync(string text) => await WriteAsync(Encoding.UTF8.GetBytes(text));

    public async Task WriteAsync(byte[] bytes)
    {
        await stream.WriteAsync(bytes, Stopping);
        wrote(bytes.Length);
    }

    /// <summary>Writes filler until <paramref name="total"/> bytes are out or the client hangs up.</summary>
    public async Task FloodAsync(long total)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');
        for (long sent = 0; sent < total; sent += chunk.Length)
            await WriteAsync(chunk);
    }

    /// <summary>Keeps the connection open and silent until the test ends.</summary>
    public Task StallAsync() => Task.Delay(Timeout.Infinite, Stopping);
}
