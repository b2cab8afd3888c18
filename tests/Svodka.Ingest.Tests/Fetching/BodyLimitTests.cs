using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Svodka.Ingest.Fetching;
using Svodka.Ingest.Tests.Fetching.Support;

namespace Svodka.Ingest.Tests.Fetching;

public sealed class BodyLimitTests
{
    private const int Cap = 1024 * 1024;
    private const long Huge = 64L * 1024 * 1024;

    // Far below Huge: what the socket buffers on both sides can hold once the client stops reading.
    private const long ReadNoMoreThan = Huge / 2;

    [Fact]
    public async Task A_truthful_Content_Length_over_the_cap_is_refused_before_the_body()
    {
        await using var server = RawServer.Start(async connection =>
        {
            await connection.WriteAsync($"HTTP/1.1 200 OK\r\nContent-Length: {Huge}\r\n\r\n");
            await connection.FloodAsync(Huge);
        });
        using var fetcher = TestFetcher.Create(o => o.MaxBodyBytes = Cap);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.TooLarge, e.Failure);
        Assert.Equal("body larger than 1 MB", e.Message);
        Assert.True(server.BytesWritten < ReadNoMoreThan, $"the server wrote {server.BytesWritten} bytes");
    }

    [Fact]
    public async Task A_chunked_body_without_length_is_cut_at_the_cap()
    {
        // A raw socket rather than Kestrel: Kestrel turns writes to a connection the client has closed into
        // no-ops, so it would count bytes nobody received; a socket write fails once the client hangs up.
        await using var server = RawServer.Start(async connection =>
        {
            await connection.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked\r\n\r\n");
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'x');
            var frame = System.Text.Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n").Concat(chunk).Concat("\r\n"u8.ToArray()).ToArray();
            for (long sent = 0; sent < Huge; sent += chunk.Length)
                await connection.WriteAsync(frame);
        });
        using var fetcher = TestFetcher.Create(o => o.MaxBodyBytes = Cap);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.TooLarge, e.Failure);
        Assert.True(server.BytesWritten < ReadNoMoreThan, $"the server wrote {server.BytesWritten} bytes");
    }

    [Fact]
    public async Task A_body_read_until_the_connection_closes_is_cut_at_the_cap()
    {
        // HTTP/1.0 style: no Content-Length, no chunking, the body ends when the server closes.
        await using var server = RawServer.Start(async connection =>
        {
            await connection.WriteAsync("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
            await connection.FloodAsync(Huge);
        });
        using var fetcher = TestFetcher.Create(o => o.MaxBodyBytes = Cap);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(FetchFailure.TooLarge, e.Failure);
        Assert.True(server.BytesWritten < ReadNoMoreThan, $"the server wrote {server.BytesWritten} bytes");
    }

    [Fact]
    public async Task A_small_Content_Length_over_a_gzip_bomb_is_cut_at_the_cap()
    {
        // The Content-Length is true on the wire (a few KB) and says nothing of the 64 MB it inflates to.
        var bomb = Gzip(new byte[Huge]);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            await context.Response.Body.WriteAsync(bomb);
        });
        using var fetcher = TestFetcher.Create(o => o.MaxBodyBytes = Cap);

        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.True(bomb.Length < Cap, "the compressed body itself must fit under the cap for this test to mean anything");
        Assert.Equal(FetchFailure.TooLarge, e.Failure);
    }

    [Fact]
    public async Task A_small_Content_Length_followed_by_a_flood_reads_only_what_was_declared()
    {
        await using var server = RawServer.Start(async connection =>
        {
            await connection.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
            await connection.FloodAsync(Huge);
        });
        using var fetcher = TestFetcher.Create(o => o.MaxBodyBytes = Cap);

        var response = await fetcher.FetchAsync(server.Root);

        Assert.Equal(100, response.Bytes);
        Assert.True(server.BytesWritten < ReadNoMoreThan, $"the server wrote {server.BytesWritten} bytes");
    }

    [Fact]
    public async Task A_body_exactly_at_the_cap_is_accepted()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.Body.WriteAsync(new byte[Cap]).AsTask());
        using var fetcher = TestFetcher.Create(o => o.MaxBodyBytes = Cap);

        var response = await fetcher.FetchAsync(server.Root);

        Assert.Equal(Cap, response.Bytes);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize)) gzip.Write(data);
        return output.ToArray();
    }
}
